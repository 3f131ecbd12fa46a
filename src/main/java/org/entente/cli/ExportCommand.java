package org.entente.cli;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.system.Txn;
import org.entente.facts.BadInputException;
import org.entente.rdf.IriScheme;
import org.entente.rdf.Namespaces;
import org.entente.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code entente export --format trig|nquads|jsonld|turtle [--graph IRI] [--output FILE]}: the store as one RDF
 * file. The graphs are copied into memory in one read transaction and written from there.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole store (every named graph) or one graph as TriG, N-Quads, JSON-LD or Turtle. "
                + "Turtle holds one graph: without --graph it is the union of all graphs.")
final class ExportCommand implements Callable<Integer> {

    /** The formats of an export; Turtle has no named graphs. */
    enum Format {
        TRIG(RDFFormat.TRIG_PRETTY), NQUADS(RDFFormat.NQUADS), JSONLD(RDFFormat.JSONLD11_PRETTY), TURTLE(RDFFormat.TURTLE_PRETTY);

        final RDFFormat rdf;

        Format(RDFFormat rdf) {
            this.rdf = rdf;
        }
    }

    private static final String UNION = "CONSTRUCT WHERE { ?s ?p ?o }";
    private static final String GRAPH_NAMES = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g";

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "trig, nquads, jsonld or turtle.")
    Format format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this named graph (a key such as graph/reference or article/ID, or an IRI).")
    String graph;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path output;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        IriScheme iris = storeOptions.iris();
        try (GraphStore store = storeOptions.open(); RDFConnection connection = store.connect()) {
            RDFWriter writer = Txn.calculateRead(connection, () -> writer(connection, iris));
            if (output == null) {
                OutputStream out = System.out;
                writer.output(out);
                out.flush();
            } else {
                try (OutputStream out = Files.newOutputStream(output)) {
                    writer.output(out);
                }
                spec.commandLine().getOut().printf("exported %s as %s to %s: %d bytes%n", graph == null ? "the store" : "<" + iris.expand(graph) + ">",
                        format.name().toLowerCase(Locale.ROOT), output, Files.size(output));
            }
        }
        spec.commandLine().getOut().flush();
        return ErrorReporter.OK;
    }

    private RDFWriter writer(RDFConnection connection, IriScheme iris) {
        if (graph == null) {
            if (format == Format.TURTLE) {
                return RDFWriter.source(connection.queryConstruct(UNION).setNsPrefixes(Namespaces.with(iris))).format(format.rdf).build();
            }
            Dataset copy = DatasetFactory.create();
            connection.fetchDataset().asDatasetGraph().find().forEachRemaining(copy.asDatasetGraph()::add);
            copy.getPrefixMapping().setNsPrefixes(Namespaces.with(iris));
            return RDFWriter.source(copy).format(format.rdf).build();
        }
        String name = iris.expand(graph);
        Model model = ModelFactory.createDefaultModel().add(connection.fetch(name));
        if (model.isEmpty()) {
            throw new BadInputException("the store has no graph <" + name + ">; its graphs: " + String.join(", ", graphNames(connection)));
        }
        model.setNsPrefixes(Namespaces.with(iris));
        if (format == Format.TURTLE) {
            return RDFWriter.source(model).format(format.rdf).build();
        }
        Dataset one = DatasetFactory.create();
        one.addNamedModel(name, model);
        one.getPrefixMapping().setNsPrefixes(Namespaces.with(iris));
        return RDFWriter.source(one).format(format.rdf).build();
    }

    private static List<String> graphNames(RDFConnection connection) {
        List<String> names = new ArrayList<>();
        try (QueryExecution execution = connection.query(GRAPH_NAMES)) {
            execution.execSelect().forEachRemaining(row -> names.add(row.getResource("g").getURI()));
        }
        return names;
    }
}
