package org.entente.server;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.entente.query.QueryLibrary;
import org.entente.rdf.IriScheme;
import org.entente.rdf.Namespaces;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Entente's server: an embedded Fuseki serving one dataset at {@code /entente}
 * ({@code /entente/sparql}, {@code /entente/query}, {@code /entente/get}), read-only, on the
 * loopback interface unless told otherwise, with linked data ({@code /id/...},
 * {@code /.well-known/void}, {@code /context.jsonld}) and limits on by default: query timeout,
 * result rows, request body size, concurrent requests. With a password file, SPARQL Update
 * ({@code /entente/update}) and Graph Store writes ({@code /entente/data}) are open to its users
 * over HTTP Basic authentication. The web page for educators is at {@code /}, with its JSON API
 * under {@code /api/}.
 */
public final class EntenteServer {

    public static final String DATASET = "/entente";

    private final FusekiServer server;

    private EntenteServer(FusekiServer server) {
        this.server = server;
    }

    public static Builder builder(DatasetGraph dataset) {
        return new Builder(dataset);
    }

    public EntenteServer start() {
        server.start();
        return this;
    }

    /** The port it listens on (the real one when built with port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** The server's root URL on the loopback interface, e.g. {@code http://127.0.0.1:3030}. */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** The SPARQL endpoint's URL. */
    public String sparqlUrl() {
        return url() + DATASET + "/sparql";
    }

    public void join() {
        server.join();
    }

    public void stop() {
        server.stop();
    }

    /**
     * Options with defaults: port 3030, loopback only, the default IRI base, 30 s timeout, 10,000
     * rows, request bodies up to 4 MB, 64 requests at once, CORS on the read paths, read-only.
     */
    public static final class Builder {
        private final DatasetGraph dataset;
        private int port = 3030;
        private boolean loopback = true;
        private IriScheme iris = IriScheme.defaults();
        private Duration queryTimeout = Duration.ofSeconds(30);
        private long maxRows = 10_000;
        private long maxRequestBytes = 4L * 1024 * 1024;
        private int maxConcurrentRequests = 64;
        private boolean cors = true;
        private Path passwordFile;

        private Builder(DatasetGraph dataset) {
            this.dataset = dataset;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder loopback(boolean loopback) {
            this.loopback = loopback;
            return this;
        }

        /** The base of the entity IRIs that {@code /id/{key}} serves: {@code {base}{key}}. */
        public Builder iris(IriScheme iris) {
            this.iris = iris;
            return this;
        }

        public Builder queryTimeout(Duration timeout) {
            this.queryTimeout = timeout;
            return this;
        }

        public Builder maxRows(long rows) {
            this.maxRows = rows;
            return this;
        }

        /** The largest request body accepted; a larger one gets 413. */
        public Builder maxRequestBytes(long bytes) {
            this.maxRequestBytes = bytes;
            return this;
        }

        /** How many requests are answered at once; more get 503 at once. */
        public Builder maxConcurrentRequests(int requests) {
            this.maxConcurrentRequests = requests;
            return this;
        }

        /** CORS headers on the read paths, so that browser pages on other origins can query. */
        public Builder cors(boolean cors) {
            this.cors = cors;
            return this;
        }

        /**
         * A Jetty password file ({@code user: password} lines, the password plain or as
         * {@code MD5:}/{@code CRYPT:} hash): its users may write through {@code /entente/update}
         * and {@code /entente/data} with HTTP Basic authentication. Null (the default) leaves the
         * server read-only.
         */
        public Builder passwordFile(Path file) {
            this.passwordFile = file;
            return this;
        }

        public EntenteServer build() {
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            // a public endpoint must not call other servers on a client's behalf
            dataset.getContext().set(ARQ.httpServiceAllowed, false);
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .registerOperation(Operation.Query, new LimitedQueryService(maxRows))
                    .add(DATASET, dataset, false)
                    .fusekiModules(FusekiModules.create(
                            new LimitsModule(cors, maxConcurrentRequests, maxRequestBytes),
                            new LinkedDataModule(dataset, iris, Namespaces.with(iris)),
                            new WebPageModule(dataset, iris, QueryLibrary.fromClasspath())));
            if (passwordFile != null) {
                fuseki.passwordFile(passwordFile.toString())
                        .auth(AuthScheme.BASIC)
                        .addEndpoint(DATASET, "update", Operation.Update, Auth.ANY_USER)
                        .addEndpoint(DATASET, "data", Operation.GSP_RW, Auth.ANY_USER);
            }
            return new EntenteServer(fuseki.build());
        }
    }
}
