package org.entente.cli;

import org.entente.facts.BadInputException;
import org.entente.rdf.ActScheme;
import org.entente.rdf.FactsConverter;
import org.entente.rdf.IriScheme;
import org.entente.rdf.ShapesCheck;
import org.entente.store.FactsLoader;
import org.entente.store.GraphStore;
import org.entente.store.RemoteGraphStore;
import org.entente.store.Tdb2GraphStore;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the graph is: the embedded TDB2 folder (default) or a remote SPARQL 1.1 store. */
final class StoreOptions {

    /** {@code $ENTENTE_STORE}, else {@code ~/.entente/store}. */
    static final Path DEFAULT_STORE = System.getenv("ENTENTE_STORE") != null
            ? Path.of(System.getenv("ENTENTE_STORE"))
            : Path.of(System.getProperty("user.home"), ".entente", "store");

    @Option(names = "--store", paramLabel = "DIR",
            description = "The embedded TDB2 store folder (default: $ENTENTE_STORE or ~/.entente/store; now ${DEFAULT-VALUE}).")
    Path store = DEFAULT_STORE;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Use a remote SPARQL 1.1 store instead: its Graph Store Protocol URL, e.g. http://host:3030/ds.")
    String endpoint;

    @Option(names = "--sparql", paramLabel = "URL",
            description = "The remote store's query endpoint, if not the --endpoint URL itself.")
    String sparql;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "Base of entity IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    IriScheme iris() {
        return new IriScheme(base);
    }

    GraphStore open() {
        return endpoint != null ? new RemoteGraphStore(endpoint, sparql, iris()) : Tdb2GraphStore.open(store, iris());
    }

    /** The store, for commands that only read it: an embedded store folder that is not there is bad input, not a new empty store. */
    GraphStore openExisting() {
        if (endpoint == null && !Files.exists(store)) {
            throw new BadInputException("the store " + store + " does not exist; load or ingest facts into it first");
        }
        return open();
    }

    FactsLoader loader(GraphStore graphStore) {
        return new FactsLoader(new FactsConverter(iris(), ActScheme.load()), ShapesCheck.load(), graphStore);
    }
}
