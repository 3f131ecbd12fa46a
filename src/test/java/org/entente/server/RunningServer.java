package org.entente.server;

import org.entente.SampleData;
import org.entente.WebClient;
import org.entente.store.Tdb2GraphStore;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The sample data in a TDB2 store in a temporary folder, served on a free loopback port for the
 * tests of one class: {@code @RegisterExtension static final RunningServer SERVER = RunningServer.withSamples();}.
 * Started before the class's tests, stopped and its folder deleted after them.
 */
final class RunningServer implements BeforeAllCallback, AfterAllCallback {

    /** Options of the server beyond the sample store and port 0; {@code folder} is the test's own, for files they need. */
    @FunctionalInterface
    interface Options {
        EntenteServer.Builder apply(EntenteServer.Builder builder, Path folder) throws Exception;
    }

    private final Options options;
    private Path folder;
    private Tdb2GraphStore store;
    private EntenteServer server;
    private WebClient web;

    private RunningServer(Options options) {
        this.options = options;
    }

    static RunningServer withSamples() {
        return new RunningServer((builder, folder) -> builder);
    }

    static RunningServer withSamples(Options options) {
        return new RunningServer(options);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory("entente-server-test");
        store = SampleData.loadedStore(folder.resolve("store"));
        server = options.apply(EntenteServer.builder(store.dataset().asDatasetGraph()).port(0), folder).build().start();
        web = WebClient.of(server.url());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    EntenteServer server() {
        return server;
    }

    Tdb2GraphStore store() {
        return store;
    }

    WebClient web() {
        return web;
    }
}
