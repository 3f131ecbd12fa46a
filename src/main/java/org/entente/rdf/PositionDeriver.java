package org.entente.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.entente.facts.Stance;
import org.entente.io.ClasspathResources;

import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Derives positions (an actor's stance on a proposition, its first and last day, and the statements
 * behind it) from the stance evidence of statements, as selected by {@link #evidenceQuery()} over
 * all article graphs. The store runs the query where the data is and replaces the positions graph,
 * or, when a few articles change, only the positions on the propositions those articles' old and
 * new graphs take a stance on ({@link #stancePropositions}; the query with {@code ?proposition}
 * bound to each, which starts it from the index).
 */
public final class PositionDeriver {

    private static final Query EVIDENCE_QUERY = QueryFactory.create(ClasspathResources.text(PositionDeriver.class, "stance-evidence.rq"));

    private final IriScheme iris;

    public PositionDeriver(IriScheme iris) {
        this.iris = iris;
    }

    /** SPARQL selecting {@code ?statement ?actor ?proposition ?stance ?day} from the article graphs. */
    public static Query evidenceQuery() {
        return EVIDENCE_QUERY;
    }

    /** The propositions (IRIs) that statements in {@code graph} support or oppose: the positions the graph bears on. */
    public static Set<String> stancePropositions(Model graph) {
        return Stream.of(Ent.supports, Ent.opposes)
                .flatMap(stance -> graph.listObjectsOfProperty(stance).toList().stream())
                .filter(RDFNode::isURIResource)
                .map(node -> node.asResource().getURI())
                .collect(Collectors.toSet());
    }

    public Model derive(Iterator<QuerySolution> evidence) {
        Gathering gathering = gathering();
        gathering.add(evidence);
        return gathering.positions();
    }

    /** Evidence gathered a piece at a time (an article graph after another), positions derived at the end. */
    public Gathering gathering() {
        return new Gathering();
    }

    /** The evidence read so far, by position. */
    public final class Gathering {
        private final Map<String, Evidence> positions = new LinkedHashMap<>();

        private Gathering() {
        }

        public void add(Iterator<QuerySolution> evidence) {
            evidence.forEachRemaining(row -> {
                Stance stance = row.getResource("stance").equals(Ent.Support) ? Stance.SUPPORTS : Stance.OPPOSES;
                String actor = row.getResource("actor").getURI();
                String proposition = row.getResource("proposition").getURI();
                positions.computeIfAbsent(iris.position(proposition, actor, stance),
                                key -> new Evidence(actor, proposition, stance))
                        .add(row.getResource("statement").getURI(), row.get("day"), row.get("actorName"));
            });
        }

        /** The evidence query run on one graph held in memory (an article's, before it is stored). */
        public void add(NamedGraph graph) {
            Dataset one = DatasetFactory.create();
            one.addNamedModel(graph.name(), graph.model());
            try (QueryExecution evidence = QueryExecution.dataset(one).query(EVIDENCE_QUERY).build()) {
                add(evidence.execSelect());
            }
        }

        /** The positions derived from the evidence gathered, as a model (for a few propositions). */
        public Model positions() {
            Model model = ModelFactory.createDefaultModel();
            model.setNsPrefixes(Namespaces.with(iris));
            positions(model.getGraph()::add);
            return model;
        }

        /**
         * The same positions handed over one triple at a time, built a position at a time, so that a
         * bulk load of many articles streams them to the store instead of holding them all as a model.
         * Each holder's name is handed over once.
         */
        public void positions(Consumer<Triple> sink) {
            Set<String> named = new HashSet<>();
            positions.forEach((iri, position) -> {
                Model one = ModelFactory.createDefaultModel();
                position.write(one.createResource(iri, Ent.Position), named.add(position.actor));
                one.getGraph().find().forEach(sink);
            });
        }
    }

    /** What is known of one position while rows are read: what its triples need, no more. */
    private static final class Evidence {
        private final String actor;
        private final String proposition;
        private final Stance stance;
        private final TreeSet<String> statements = new TreeSet<>();
        private String firstDay;
        private String lastDay;
        private Literal name;

        Evidence(String actor, String proposition, Stance stance) {
            this.actor = actor;
            this.proposition = proposition;
            this.stance = stance;
        }

        void add(String statement, RDFNode day, RDFNode actorName) {
            statements.add(statement);
            if (actorName != null && actorName.isLiteral()
                    && (name == null || actorName.asLiteral().getLexicalForm().compareTo(name.getLexicalForm()) < 0)) {
                name = actorName.asLiteral();
            }
            if (day != null && day.isLiteral()) {
                String lexical = day.asLiteral().getLexicalForm();
                firstDay = firstDay == null || lexical.compareTo(firstDay) < 0 ? lexical : firstDay;
                lastDay = lastDay == null || lexical.compareTo(lastDay) > 0 ? lexical : lastDay;
            }
        }

        /** The position's triples, and its holder's name where {@code withName} (once per holder is enough). */
        void write(Resource position, boolean withName) {
            Model model = position.getModel();
            position.addProperty(Ent.holder, model.createResource(actor))
                    .addProperty(Ent.proposition, model.createResource(proposition))
                    .addProperty(Ent.stance, stance == Stance.SUPPORTS ? Ent.Support : Ent.Opposition)
                    .addLiteral(Ent.statementCount, model.createTypedLiteral(statements.size(), XSDDatatype.XSDinteger));
            if (firstDay != null) {
                position.addLiteral(Ent.firstDate, model.createTypedLiteral(firstDay, XSDDatatype.XSDdate))
                        .addLiteral(Ent.lastDate, model.createTypedLiteral(lastDay, XSDDatatype.XSDdate));
            }
            statements.forEach(statement -> position.addProperty(Prov.wasDerivedFrom, model.createResource(statement)));
            if (withName && name != null) { // the holder's name, so that queries on positions need not look it up in every article
                model.createResource(actor).addProperty(RDFS.label, name);
            }
        }
    }
}
