package org.entente.query;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.entente.facts.BadInputException;
import org.entente.io.ClasspathResources;
import org.entente.rdf.IriScheme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds the entity a user means by an entity parameter, in the store the query runs on: its key
 * ({@code NATO}, {@code RUS}), its typed key ({@code org/NATO}), its IRI, or one of its names in the
 * reference graph: label, alternative name or metonym ({@code Russia}, {@code the Kremlin},
 * {@code North Atlantic Treaty Organization}), case and a leading "the" aside. A name shared by
 * one entity that exists and former ones means the one that exists. A value that names no entity of
 * the parameter's kinds is refused with the closest names; one that names several, with each of them.
 * The CLI, the HTTP API and so the web page all bind parameters through this class.
 */
public final class EntityResolver {

    private static final Query NAMES = QueryFactory.create(ClasspathResources.text(EntityResolver.class, "entity-names.rq"));
    private static final Query EXISTS = QueryFactory.create(ClasspathResources.text(EntityResolver.class, "entity-exists.rq"));

    private final RDFConnection connection;
    private final IriScheme iris;
    private List<EntityName> names;

    /** A resolver reading {@code connection}, to be used within one read transaction (it keeps the names it read). */
    public EntityResolver(RDFConnection connection, IriScheme iris) {
        this.connection = connection;
        this.iris = iris;
    }

    /** The IRI of the entity {@code value} names, of a kind {@code parameter} takes. */
    public String resolve(QueryParameter parameter, String value) {
        String typed = value.strip();
        List<EntityKind> kinds = parameter.allowedKinds();
        if (typed.contains("/") || typed.contains(":")) {
            String iri = iri(parameter, typed);
            if (exists(iri) && ofKinds(iri, kinds)) {
                return iri;
            }
            throw refusal(parameter, typed, exists(iri) ? List.of(iri) : List.of());
        }
        List<String> byKey = kinds.stream().flatMap(kind -> List.of(typed, typed.toUpperCase(Locale.ROOT)).stream()
                .map(key -> iris.expand(kind.prefix() + "/" + key))).distinct().filter(this::exists).toList();
        if (byKey.size() == 1) {
            return byKey.get(0);
        }
        List<String> found = byKey.isEmpty() ? current(named(typed).keySet().stream().filter(iri -> ofKinds(iri, kinds)).toList())
                : byKey;
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.size() > 1) {
            throw new BadInputException("parameter " + parameter.name() + ": \"" + typed + "\" could be "
                    + or(found.stream().map(this::shown).toList()) + "; give its key");
        }
        throw refusal(parameter, typed, new ArrayList<>(named(typed).keySet()));
    }

    /**
     * Of entities that share a name, the one that still exists if the others are former ones: "the
     * Kremlin" is Russia, not the Soviet Union, which has its own names.
     */
    private List<String> current(List<String> sharing) {
        List<String> current = sharing.stream().filter(iri -> names().stream().noneMatch(name -> name.iri().equals(iri) && name.former()))
                .toList();
        return current.size() == 1 ? current : sharing;
    }

    /** No entity of the parameter's kinds: say what the value names instead, or the closest names. */
    private BadInputException refusal(QueryParameter parameter, String typed, List<String> otherKinds) {
        String kinds = parameter.allowedKinds().size() == EntityKind.values().length ? "an entity"
                : or(parameter.allowedKinds().stream().map(EntityKind::noun).toList());
        String start = "parameter " + parameter.name() + ": ";
        if (!otherKinds.isEmpty()) {
            return new BadInputException(start + "\"" + typed + "\" is " + or(otherKinds.stream().map(this::shown).toList())
                    + ", not " + kinds);
        }
        List<EntityName> candidates = names().stream().filter(name -> ofKinds(name.iri(), parameter.allowedKinds())).toList();
        List<String> closest = ClosestNames.to(typed, candidates);
        return new BadInputException(start + "no entity \"" + typed + "\" (" + kinds + ": a key, a name or an IRI)"
                + (closest.isEmpty() ? " in the store" : "; did you mean " + or(closest) + "?"));
    }

    private String iri(QueryParameter parameter, String typed) {
        try {
            return IRIx.create(iris.expand(typed)).str();
        } catch (IRIException e) {
            throw new BadInputException("parameter " + parameter.name() + ": \"" + typed + "\" is not a valid key or IRI");
        }
    }

    /** The entities called {@code typed}, each with its label. */
    private Map<String, String> named(String typed) {
        return names().stream().filter(name -> name.isCalled(typed))
                .collect(Collectors.toMap(EntityName::iri, EntityName::label, (a, b) -> a, LinkedHashMap::new));
    }

    private boolean ofKinds(String iri, List<EntityKind> kinds) {
        if (!iri.startsWith(iris.base())) {
            return kinds.size() == EntityKind.values().length;
        }
        return kinds.contains(EntityKind.ofKey(key(iri)));
    }

    private String key(String iri) {
        return iri.startsWith(iris.base()) ? iri.substring(iris.base().length()) : iri;
    }

    private String shown(String iri) {
        return names().stream().filter(name -> name.iri().equals(iri)).findFirst().map(EntityName::shown).orElse(key(iri));
    }

    private boolean exists(String iri) {
        try (QueryExecution ask = connection.newQuery().query(EXISTS)
                .substitution("entity", ResourceFactory.createResource(iri)).build()) {
            return ask.execAsk();
        }
    }

    private List<EntityName> names() {
        if (names == null) {
            List<EntityName> read = new ArrayList<>();
            try (QueryExecution select = connection.newQuery().query(NAMES)
                    .substitution(QueryRunner.REFERENCE_GRAPH, ResourceFactory.createResource(iris.referenceGraph())).build()) {
                ResultSet rows = select.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    String iri = row.getResource("entity").getURI();
                    read.add(new EntityName(iri, key(iri), row.getLiteral("label").getLexicalForm(),
                            row.getLiteral("name").getLexicalForm(), row.contains("dissolved")));
                }
            }
            names = List.copyOf(read);
        }
        return names;
    }

    private static String or(List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }
}
