package org.entente.cli;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.entente.SampleData;
import org.entente.store.Tdb2GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every export, read back by the other toolkit (RDF4J Rio), is isomorphic to what Jena holds in
 * the store: both toolkits agree on what was written.
 */
class ExportCommandTest {

    static final Map<String, RDFFormat> RIO = Map.of("trig", RDFFormat.TRIG, "nquads", RDFFormat.NQUADS,
            "jsonld", RDFFormat.JSONLD, "turtle", RDFFormat.TURTLE);
    static final String REFERENCE = SampleData.IRIS.referenceGraph();

    @TempDir
    static Path folder;
    static Path storeFolder;
    static Model jenaDataset;
    static Model jenaUnion;
    static Model jenaReference;

    @BeforeAll
    static void loadSamplesAndReadThemWithJena() {
        storeFolder = folder.resolve("store");
        try (Tdb2GraphStore store = SampleData.loadedStore(storeFolder)) {
            Dataset dataset = store.dataset();
            Txn.executeRead(dataset, () -> {
                jenaDataset = Rdf4jStatements.of(dataset.asDatasetGraph().find());
                jenaUnion = Rdf4jStatements.of(asQuads(dataset.asDatasetGraph().getUnionGraph().find()));
                jenaReference = Rdf4jStatements.of(asQuads(dataset.asDatasetGraph().getGraph(
                        NodeFactory.createURI(REFERENCE)).find()));
            });
        }
    }

    static Iterator<Quad> asQuads(Iterator<Triple> triples) {
        return new Iterator<>() {
            public boolean hasNext() {
                return triples.hasNext();
            }

            public Quad next() {
                return Quad.create(Quad.defaultGraphIRI, triples.next());
            }
        };
    }

    static Model exportAndRead(String format, String... more) throws IOException {
        Path file = folder.resolve("export-" + format + "-" + more.length + "." + format);
        List<String> args = new ArrayList<>(List.of("export", "--store", storeFolder.toString(), "--format", format, "--output", file.toString()));
        args.addAll(List.of(more));
        EntenteCliTest.Run run = EntenteCliTest.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("exported").contains(file.toString());
        try (InputStream in = Files.newInputStream(file)) {
            return Rio.parse(in, "", RIO.get(format));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"trig", "nquads", "jsonld"})
    void theWholeStoreReadsBackAsTheSameDataset(String format) throws IOException {
        Model exported = exportAndRead(format);

        assertThat(exported.contexts()).hasSize(4);
        assertThat(exported).hasSameSizeAs(jenaDataset);
        assertThat(Models.isomorphic(exported, jenaDataset)).isTrue();
    }

    @Test
    void turtleOfTheWholeStoreIsTheUnionGraph() throws IOException {
        Model exported = exportAndRead("turtle");

        assertThat(Models.isomorphic(exported, jenaUnion)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"turtle", "trig", "nquads", "jsonld"})
    void oneGraphReadsBackAsThatGraph(String format) throws IOException {
        Model exported = exportAndRead(format, "--graph", "graph/reference");

        Model triples = new LinkedHashModel();
        exported.forEach(statement -> triples.add(statement.getSubject(), statement.getPredicate(), statement.getObject()));
        assertThat(Models.isomorphic(triples, jenaReference)).isTrue();
        if (!format.equals("turtle")) {
            assertThat(exported.contexts()).extracting(Object::toString).containsExactly(REFERENCE);
        }
    }

    @Test
    void anUnknownGraphIsRefusedWithTheGraphsThereAre() {
        EntenteCliTest.Run run = EntenteCliTest.run("export", "--store", storeFolder.toString(), "--format", "trig", "--graph", "graph/nothing");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no graph <https://w3id.org/entente/id/graph/nothing>").contains(REFERENCE)
                .doesNotContain("Exception");
    }
}
