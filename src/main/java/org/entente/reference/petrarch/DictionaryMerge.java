package org.entente.reference.petrarch;

import org.entente.reference.DictionaryActors;
import org.entente.reference.Gazetteer;
import org.entente.reference.NonStateActor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns dictionary entries into {@link DictionaryActors}. An entry with a dated role is a person
 * (an office holder) who speaks, on a day, for what the role of that day stands for. An entry
 * with undated roles only is named by its first: a further name of the state or organisation
 * its code stands for (AFGHANISTAN_ [AFG]; a body such as [AFGMIL] stands for it too), or else a
 * non-state actor of its own (ABU_NIDAL_ORGANIZATION [IMGMUSALQ], FRAREB). A later entry with dated
 * roles under a person's name adds its roles to that person (the first dated role covering a day
 * decides). Otherwise a name belongs to the
 * first entry with a role that has it, in the order the dictionaries are given, so an analyst's
 * {@code ---} entry ("not an actor") takes a name out of the packaged dictionaries.
 */
final class DictionaryMerge {

    private final PhoenixCodes codes;
    private final Set<String> claimed = new HashSet<>();
    private final Set<String> personKeys = new HashSet<>();
    private final Set<String> groupKeys = new HashSet<>();
    private final List<DictionaryActors.Name> names = new ArrayList<>();
    /** People by the compared form of their name: a later entry of the same name with dated roles is the same person. */
    private final Map<String, PersonDraft> people = new LinkedHashMap<>();
    private final List<NonStateActor> groups = new ArrayList<>();

    private DictionaryMerge(PhoenixCodes codes) {
        this.codes = codes;
    }

    static DictionaryActors merge(List<ActorDictionary> dictionaries, PhoenixCodes codes) {
        DictionaryMerge merge = new DictionaryMerge(codes);
        for (ActorDictionary dictionary : dictionaries) {
            dictionary.entries().forEach(entry -> merge.add(entry, dictionary.file() + ", line " + entry.line()));
        }
        return new DictionaryActors(merge.names, merge.people.values().stream().map(PersonDraft::person).toList(), merge.groups);
    }

    private void add(ActorEntry entry, String source) {
        if (entry.roles().isEmpty()) {
            return;
        }
        PersonDraft samePerson = entry.hasDatedRole() ? people.get(Gazetteer.key(entry.name())) : null;
        List<String> own = entry.names().stream().filter(name -> claimed.add(Gazetteer.key(name))).toList();
        if (samePerson != null) {
            samePerson.add(entry, own, codes);
            return;
        }
        if (own.isEmpty()) {
            return;
        }
        if (entry.hasDatedRole()) {
            PersonDraft person = new PersonDraft(unique(slug(own.get(0)), personKeys), label(own.get(0)), source);
            person.add(entry, own.subList(1, own.size()), codes);
            people.put(Gazetteer.key(own.get(0)), person);
            return;
        }
        String code = entry.roles().get(0).code();
        if (code.equals(ActorRole.NOT_AN_ACTOR)) {
            return;
        }
        String actor = codes.actor(code);
        if (actor != null) {
            Gazetteer.Kind kind = codes.isOwn(code) ? Gazetteer.Kind.ALIAS : Gazetteer.Kind.METONYM;
            own.forEach(name -> names.add(new DictionaryActors.Name(name, actor, kind)));
        } else {
            groups.add(new NonStateActor(unique(slug(own.get(0)), groupKeys), label(own.get(0)), code, own.subList(1, own.size()), source));
        }
    }

    /** A person whose entries are still being read: the Phoenix files list an official in several (a minister, later at an organisation). */
    private static final class PersonDraft {
        private final String key;
        private final String name;
        private final String source;
        private final List<String> aliases = new ArrayList<>();
        private final List<DictionaryActors.Role> roles = new ArrayList<>();

        PersonDraft(String key, String name, String source) {
            this.key = key;
            this.name = name;
            this.source = source;
        }

        void add(ActorEntry entry, List<String> names, PhoenixCodes codes) {
            aliases.addAll(names);
            entry.roles().forEach(role -> roles.add(new DictionaryActors.Role(role.period(), codes.actor(role.code()))));
        }

        DictionaryActors.Person person() {
            return new DictionaryActors.Person(key, name, aliases, roles, source);
        }
    }

    /** Lower-case ASCII words joined by hyphens: {@code MANFRED WÖRNER} is {@code manfred-worner}. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "entry" : slug;
    }

    private static String unique(String key, Set<String> used) {
        String candidate = key;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = key + "-" + n;
        }
        return candidate;
    }

    /** The name as a label: {@code PAUL BIYA} is {@code Paul Biya}. */
    static String label(String name) {
        StringBuilder label = new StringBuilder(name.length());
        boolean wordStart = true;
        for (char c : name.toCharArray()) {
            label.append(wordStart ? Character.toUpperCase(c) : Character.toLowerCase(c));
            wordStart = c == ' ' || c == '-';
        }
        return label.toString();
    }
}
