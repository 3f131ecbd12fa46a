package org.entente.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;

import java.time.Duration;

/**
 * Entente's SPARQL server: an embedded Fuseki serving one dataset at {@code /entente}
 * ({@code /entente/sparql}, {@code /entente/query}, {@code /entente/get}), read-only, on the
 * loopback interface unless told otherwise, with a query timeout and a row cap on by default.
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

    /** The SPARQL endpoint's URL. */
    public String sparqlUrl() {
        return "http://127.0.0.1:" + port() + DATASET + "/sparql";
    }

    public void join() {
        server.join();
    }

    public void stop() {
        server.stop();
    }

    /** Options with defaults: port 3030, loopback only, 30 s timeout, 10,000 rows. */
    public static final class Builder {
        private final DatasetGraph dataset;
        private int port = 3030;
        private boolean loopback = true;
        private Duration queryTimeout = Duration.ofSeconds(30);
        private long maxRows = 10_000;

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

        public Builder queryTimeout(Duration timeout) {
            this.queryTimeout = timeout;
            return this;
        }

        public Builder maxRows(long rows) {
            this.maxRows = rows;
            return this;
        }

        public EntenteServer build() {
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            FusekiServer server = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .registerOperation(Operation.Query, new LimitedQueryService(maxRows))
                    .add(DATASET, dataset, false)
                    .build();
            return new EntenteServer(server);
        }
    }
}
