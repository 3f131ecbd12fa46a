package org.entente.cli;

import org.entente.server.EntenteServer;
import org.entente.store.Tdb2GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** {@code entente serve}: the embedded store over SPARQL, read-only, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the embedded store until Ctrl-C: the web page at http://127.0.0.1:3030/, SPARQL at http://127.0.0.1:3030/entente/sparql (read-only unless --auth), entity pages at /id/..., VoID at /.well-known/void.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ServerOptions serverOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (storeOptions.endpoint != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "serve serves the embedded store; a remote --endpoint has its own server");
        }
        try (Tdb2GraphStore store = Tdb2GraphStore.open(storeOptions.store, storeOptions.iris())) {
            EntenteServer server = serverOptions.build(store.dataset().asDatasetGraph(), storeOptions.iris()).start();
            spec.commandLine().getOut().printf("serving %s at %s (%s), the web page at %s/, entities at %s/id/... (Ctrl-C to stop)%n",
                    store.location(), server.sparqlUrl(), serverOptions.access(), server.url(), server.url());
            spec.commandLine().getOut().flush();
            server.join();
        }
        return ErrorReporter.OK;
    }
}
