package org.entente.store;

import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.entente.SampleData;
import org.entente.facts.BadInputException;
import org.entente.facts.BrokenFacts;
import org.entente.rdf.NamedGraph;
import org.entente.rdf.PositionDeriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Tdb2GraphStoreTest {

    static final Path FIXTURES = Path.of("src/test/resources/facts");
    static final String STATEMENTS = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/entente/ontology#Statement> }";

    @TempDir
    Path folder;

    static long statements(GraphStore store) {
        try (RDFConnection connection = store.connect()) {
            return Txn.calculateRead(connection, () -> {
                try (QueryExecution count = connection.query(STATEMENTS)) {
                    return count.execSelect().next().getLiteral("n").getLong();
                }
            });
        }
    }

    @Test
    void loadingTheSameArticlesTwiceGivesTheSameQuadCount() {
        try (Tdb2GraphStore store = SampleData.loadedStore(folder)) {
            long once = store.quadCount();
            SampleData.loader(store).load(List.of(SampleData.FACTS));

            assertThat(once).isPositive();
            assertThat(store.quadCount()).isEqualTo(once);
        }
    }

    @Test
    void reloadingAnArticleReplacesItsGraph(@TempDir Path edits) throws IOException {
        Path shorter = minimalWithoutItsRejection(edits);
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder, SampleData.IRIS)) {
            SampleData.loader(store).load(List.of(FIXTURES.resolve("minimal.json")));
            assertThat(statements(store)).isEqualTo(2);

            SampleData.loader(store).load(List.of(shorter));

            assertThat(statements(store)).isEqualTo(1);
        }
    }

    @Test
    void positionsFollowEveryChangeAsADerivationFromScratchWould(@TempDir Path edits) throws IOException {
        Path shorter = minimalWithoutItsRejection(edits);
        try (Tdb2GraphStore store = SampleData.loadedStore(folder)) {
            FactsLoader loader = SampleData.loader(store);
            assertThat(positionsAsStored(store).size()).isPositive();
            assertThat(positionsAsStored(store).isIsomorphicWith(positionsFromScratch(store))).isTrue();

            loader.load(List.of(FIXTURES.resolve("minimal.json"))); // a new article on a proposition already held
            assertThat(positionsAsStored(store).isIsomorphicWith(positionsFromScratch(store))).isTrue();

            Model before = positionsAsStored(store);
            loader.load(List.of(shorter)); // the same article with a statement less
            assertThat(positionsAsStored(store).isIsomorphicWith(positionsFromScratch(store))).isTrue();
            assertThat(positionsAsStored(store).isIsomorphicWith(before)).isFalse();
        }
    }

    static Model positionsAsStored(Tdb2GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> ModelFactory.createDefaultModel()
                .add(store.dataset().getNamedModel(SampleData.IRIS.positionsGraph())));
    }

    static Model positionsFromScratch(Tdb2GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution evidence = QueryExecution.dataset(store.dataset()).query(PositionDeriver.evidenceQuery()).build()) {
                return new PositionDeriver(SampleData.IRIS).derive(evidence.execSelect());
            }
        });
    }

    /** minimal.json with its second statement (NATO's rejection) cut, written into {@code folder}. */
    static Path minimalWithoutItsRejection(Path folder) throws IOException {
        Path shorter = folder.resolve("minimal.json");
        String text = Files.readString(FIXTURES.resolve("minimal.json"));
        int secondStatement = text.indexOf("    {\n      \"act\": \"REJECT\"");
        Files.writeString(shorter, text.substring(0, secondStatement).replaceFirst(",\\s*$", "\n") + "  ]\n}\n");
        return shorter;
    }

    @Test
    void aBatchWithABadFileLoadsNothingAndReportsIt(@TempDir Path files) throws IOException {
        Path impossibleDate = BrokenFacts.IMPOSSIBLE_DATE.writeIn(Files.createDirectories(files.resolve("facts")));
        try (Tdb2GraphStore store = SampleData.loadedStore(folder)) {
            long quads = store.quadCount();
            long statements = statements(store);

            assertThatThrownBy(() -> SampleData.loader(store).load(List.of(
                    FIXTURES.resolve("minimal.json"), impossibleDate, FIXTURES.resolve("empty.json"))))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("nothing was loaded")
                    .hasMessageContaining("impossible-date.json")
                    .hasMessageContaining("empty.json");

            assertThat(store.quadCount()).isEqualTo(quads);
            assertThat(statements(store)).isEqualTo(statements);
        }
    }

    @Test
    void aRefusedLoadIntoAnEmptyStoreLeavesItEmpty(@TempDir Path files) throws IOException {
        Path impossibleDate = BrokenFacts.IMPOSSIBLE_DATE.writeIn(Files.createDirectories(files.resolve("facts")));
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder, SampleData.IRIS)) {
            // the good file passes first and goes to the bulk loader before the bad one is read
            assertThatThrownBy(() -> SampleData.loader(store).load(List.of(
                    FIXTURES.resolve("minimal.json"), impossibleDate), SampleData.referenceGraph()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("nothing was loaded; 1 of 3 inputs refused")
                    .hasMessageContaining("impossible-date.json");

            assertThat(store.quadCount()).isZero();
        }
    }

    @Test
    void theBulkLoadIntoAnEmptyStoreHoldsWhatATransactionalLoadHolds(@TempDir Path other) {
        try (Tdb2GraphStore bulk = SampleData.loadedStore(folder);
             Tdb2GraphStore transactional = Tdb2GraphStore.open(other, SampleData.IRIS)) {
            SampleData.loader(transactional).load(List.of(), SampleData.referenceGraph()); // no longer empty
            SampleData.loader(transactional).load(List.of(SampleData.FACTS));

            assertThat(quads(bulk)).isEqualTo(quads(transactional)).isNotEmpty();
        }
    }

    static Set<String> quads(Tdb2GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> quads = new HashSet<>();
            store.dataset().asDatasetGraph().find().forEachRemaining(quad -> quads.add(quad.toString()));
            return quads;
        });
    }

    @Test
    void aFailureHalfwayThroughTheTransactionLeavesThePreviousState() {
        try (Tdb2GraphStore store = SampleData.loadedStore(folder)) {
            long quads = store.quadCount();
            NamedGraph good = new NamedGraph("https://example.org/good", ModelFactory.createDefaultModel()
                    .add(ModelFactory.createDefaultModel().createResource("https://example.org/s"),
                            org.apache.jena.vocabulary.RDFS.label, "written first"));
            NamedGraph failing = new NamedGraph("https://example.org/failing",
                    ModelFactory.createModelForGraph(new FailingGraph()));

            assertThatThrownBy(() -> store.replace(List.of(good, failing))).hasMessageContaining("disk full");

            assertThat(store.quadCount()).isEqualTo(quads);
        }
    }

    /** A graph whose reading fails, as a disk or a bug might in the middle of a load. */
    static final class FailingGraph extends GraphBase {
        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple triple) {
            throw new IllegalStateException("disk full");
        }
    }
}
