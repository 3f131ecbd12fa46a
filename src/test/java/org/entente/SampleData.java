package org.entente;

import org.entente.rdf.ActScheme;
import org.entente.rdf.FactsConverter;
import org.entente.rdf.IriScheme;
import org.entente.rdf.NamedGraph;
import org.entente.rdf.ReferenceConverter;
import org.entente.rdf.ShapesCheck;
import org.entente.reference.ReferenceReader;
import org.entente.store.FactsLoader;
import org.entente.store.GraphStore;
import org.entente.store.Tdb2GraphStore;

import java.nio.file.Path;
import java.util.List;

/** The project's sample data, as tests use it: the curated facts and the reference tables loaded into a fresh store. */
public final class SampleData {

    public static final Path FACTS = Path.of("data/facts");
    public static final Path ARTICLES = Path.of("data/articles");
    public static final Path GOLD = Path.of("src/test/resources/gold/seeds.jsonl");
    public static final Path REFERENCE = Path.of("data/reference");
    public static final IriScheme IRIS = IriScheme.defaults();

    private SampleData() {
    }

    public static FactsLoader loader(GraphStore store) {
        return loader(store, IRIS);
    }

    /** A loader that names entities under another base. */
    public static FactsLoader loader(GraphStore store, IriScheme iris) {
        return new FactsLoader(new FactsConverter(iris, ActScheme.load()), ShapesCheck.load(), store);
    }

    /** The reference graph of {@code data/reference/} under another base. */
    public static NamedGraph referenceGraph(IriScheme iris) {
        return new ReferenceConverter(iris).convert(ReferenceReader.read(REFERENCE));
    }

    /** The reference graph of {@code data/reference/}, read once for all tests. */
    public static NamedGraph referenceGraph() {
        return ReferenceGraphHolder.GRAPH;
    }

    /** A TDB2 store in {@code folder} holding the sample facts and the reference graph. */
    public static Tdb2GraphStore loadedStore(Path folder) {
        Tdb2GraphStore store = Tdb2GraphStore.open(folder, IRIS);
        loader(store).load(List.of(FACTS), referenceGraph());
        return store;
    }

    private static final class ReferenceGraphHolder {
        static final NamedGraph GRAPH = new ReferenceConverter(IRIS).convert(ReferenceReader.read(REFERENCE));
    }
}
