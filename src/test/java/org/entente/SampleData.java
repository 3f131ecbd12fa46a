package org.entente;

import org.entente.rdf.ActScheme;
import org.entente.rdf.FactsConverter;
import org.entente.rdf.IriScheme;
import org.entente.rdf.ShapesCheck;
import org.entente.store.FactsLoader;
import org.entente.store.GraphStore;
import org.entente.store.Tdb2GraphStore;

import java.nio.file.Path;
import java.util.List;

/** The project's sample data, as tests use it: the curated facts loaded into a fresh store. */
public final class SampleData {

    public static final Path FACTS = Path.of("data/facts");
    public static final Path ARTICLES = Path.of("data/articles");
    public static final Path GOLD = Path.of("../shared/gold/seeds.jsonl");
    public static final IriScheme IRIS = IriScheme.defaults();

    private SampleData() {
    }

    public static FactsLoader loader(GraphStore store) {
        return new FactsLoader(new FactsConverter(IRIS, ActScheme.load()), ShapesCheck.load(), store);
    }

    /** A TDB2 store in {@code folder} holding the sample facts. */
    public static Tdb2GraphStore loadedStore(Path folder) {
        Tdb2GraphStore store = Tdb2GraphStore.open(folder, IRIS);
        loader(store).load(List.of(FACTS));
        return store;
    }
}
