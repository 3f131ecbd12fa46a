package org.entente.events;

import org.entente.io.ClasspathResources;
import org.entente.io.TsvFile;
import org.entente.reference.Organisation;
import org.entente.reference.ReferenceData;
import org.entente.reference.State;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves the actors of events to the reference tables. A CAMEO actor code is a country code and
 * role codes ({@code USAGOV}, {@code RUSMILREB}), or an organisation's code ({@code IGOWSTNAT}): the
 * country is the state of that ISO alpha-3 code, or of {@code data/event-codes/cameo-actors.tsv} for
 * CAMEO's other codes (its regions stay coded actors); an organisation is that of the longest code of
 * {@code data/dictionaries/phoenix-organisations.tsv} the code begins with; the role codes become the
 * actor's sectors. ICEWS names its actors: an organisation by its name or alias, else the state of the
 * actor's country. What the tables do not know is kept as a coded actor, never dropped.
 */
public final class ActorCodes {

    private record Entity(String id, EventActor.Kind kind, String label) {
    }

    private final Map<String, Entity> countries = new HashMap<>();
    private final Map<String, Entity> organisationCodes = new HashMap<>();
    private final Map<String, Entity> organisationNames = new HashMap<>();
    private final Map<String, Entity> stateNames = new HashMap<>();

    ActorCodes(ReferenceData reference, List<TsvFile.Row> cameoActors, List<TsvFile.Row> organisationRows) {
        Map<String, Entity> states = new HashMap<>();
        for (State state : reference.states()) {
            Entity entity = new Entity("state/" + state.iso3(), EventActor.Kind.STATE, state.name());
            states.put(state.iso3(), entity);
            countries.put(state.iso3(), entity);
            stateNames.put(normal(state.name()), entity);
            state.aliases().forEach(alias -> stateNames.put(normal(alias), entity));
        }
        Map<String, Entity> organisations = new HashMap<>();
        for (Organisation organisation : reference.organisations()) {
            EventActor.Kind kind = organisation.type().equals("Alliance") ? EventActor.Kind.ALLIANCE : EventActor.Kind.ORGANISATION;
            Entity entity = new Entity("org/" + organisation.key(), kind, organisation.name());
            organisations.put(organisation.key(), entity);
            organisationNames.put(normal(organisation.key()), entity);
            organisationNames.put(normal(organisation.name()), entity);
            organisation.aliases().forEach(alias -> organisationNames.put(normal(alias), entity));
        }
        for (TsvFile.Row row : cameoActors) {
            String actor = row.get("actor");
            Entity entity = actor.isEmpty()
                    ? new Entity(coded("cameo", row.get("code")), EventActor.Kind.CODED, row.get("name"))
                    : states.get(actor.substring(actor.indexOf('/') + 1));
            if (entity == null) {
                throw row.problem("actor", actor + " is no state of the reference tables");
            }
            countries.put(row.get("code"), entity);
        }
        for (TsvFile.Row row : organisationRows) {
            Entity entity = organisations.get(row.get("organisation"));
            if (entity != null) { // tables without that organisation leave its code unresolved
                organisationCodes.put(row.get("code"), entity);
            }
        }
    }

    /** The resolver for {@code reference}, with the tables packaged with Entente. */
    public static ActorCodes load(ReferenceData reference) {
        List<TsvFile.Row> cameoActors = ClasspathResources.folder("/event-codes",
                folder -> TsvFile.read(folder.resolve("cameo-actors.tsv"), List.of("code", "actor", "name")));
        List<TsvFile.Row> organisations = ClasspathResources.folder("/dictionaries",
                folder -> TsvFile.read(folder.resolve("phoenix-organisations.tsv"), List.of("code", "organisation")));
        return new ActorCodes(reference, cameoActors, organisations);
    }

    /** The resolver for {@code reference} with the tables of the folder {@code eventCodes} and {@code dictionaries}. */
    public static ActorCodes read(ReferenceData reference, Path eventCodes, Path dictionaries) {
        return new ActorCodes(reference,
                TsvFile.read(eventCodes.resolve("cameo-actors.tsv"), List.of("code", "actor", "name")),
                TsvFile.read(dictionaries.resolve("phoenix-organisations.tsv"), List.of("code", "organisation")));
    }

    /**
     * The actor of a CAMEO actor code ({@code USAGOV}), with {@code moreSectors} beside the code's role
     * codes; null where there is no code. An unknown code is a coded actor named by its code, so that
     * its IRI has one label however the rows name it.
     */
    public EventActor cameo(String code, List<String> moreSectors) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        List<String> sectors = new ArrayList<>();
        Entity entity = organisation(upper);
        if (entity == null && upper.length() >= 3 && countries.containsKey(upper.substring(0, 3))) {
            entity = countries.get(upper.substring(0, 3));
            sectors.addAll(chunks(upper.substring(3)));
        }
        if (entity == null) {
            entity = new Entity(coded("cameo", upper), EventActor.Kind.CODED, upper);
            sectors.addAll(chunks(upper));
        }
        moreSectors.stream().filter(sector -> sector != null && !sector.isBlank() && !sectors.contains(sector)).forEach(sectors::add);
        return new EventActor(entity.id(), entity.kind(), entity.label(), upper, sectors);
    }

    /**
     * The actor of a PLOVER record's actor: its CAMEO code, except that a bare organisation code
     * ({@code IGO}, as PLOVER codes every organisation) stands for the organisation its text names.
     */
    public EventActor plover(String code, String text, String sector) {
        List<String> sectors = sector == null || sector.isBlank() ? List.of() : List.of(sector.strip());
        if (code != null && code.strip().toUpperCase(Locale.ROOT).startsWith("IGO") && text != null
                && organisationNames.containsKey(normal(text))) {
            Entity entity = organisationNames.get(normal(text));
            return new EventActor(entity.id(), entity.kind(), entity.label(), code.strip(), sectors);
        }
        return cameo(code, sectors);
    }

    /** The actor of an ICEWS name, its sectors and its country (a state's name); null where there is no name. */
    public EventActor named(String name, List<String> sectors, String country) {
        if (name == null) {
            return null;
        }
        Entity entity = organisationNames.get(normal(name));
        if (entity == null && country != null) {
            entity = stateNames.get(normal(country));
        }
        if (entity == null) {
            entity = stateNames.get(normal(name));
        }
        if (entity == null) {
            entity = new Entity(coded("icews", slug(name)), EventActor.Kind.CODED, name);
        }
        return new EventActor(entity.id(), entity.kind(), entity.label(), name, sectors);
    }

    private Entity organisation(String code) {
        for (int end = code.length(); end >= 3; end--) {
            Entity organisation = organisationCodes.get(code.substring(0, end));
            if (organisation != null) {
                return organisation;
            }
        }
        return null;
    }

    private static List<String> chunks(String roles) {
        List<String> chunks = new ArrayList<>();
        for (int i = 0; i < roles.length(); i += 3) {
            chunks.add(roles.substring(i, Math.min(roles.length(), i + 3)));
        }
        return chunks;
    }

    private static String coded(String scheme, String key) {
        return "coded/" + scheme + "/" + key;
    }

    /** A name as compared: lower case, without a leading "the" (ICEWS writes "European Union", the tables "the European Union"). */
    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
    }

    private static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "unnamed" : slug;
    }
}
