package org.entente.cli;

import org.apache.jena.sparql.core.DatasetGraph;
import org.entente.server.EntenteServer;
import picocli.CommandLine.Option;

import java.time.Duration;

/** How the SPARQL server listens and what it allows. */
final class ServerOptions {

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--public", description = "Listen on all interfaces, not only 127.0.0.1.")
    boolean allInterfaces;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Query timeout (default: ${DEFAULT-VALUE} s).")
    long timeoutSeconds;

    @Option(names = "--max-rows", defaultValue = "10000", description = "Most rows a query returns (default: ${DEFAULT-VALUE}).")
    long maxRows;

    EntenteServer build(DatasetGraph dataset) {
        return EntenteServer.builder(dataset)
                .port(port)
                .loopback(!allInterfaces)
                .queryTimeout(Duration.ofSeconds(timeoutSeconds))
                .maxRows(maxRows)
                .build();
    }
}
