package org.entente.cli;

import org.apache.jena.sparql.core.DatasetGraph;
import org.entente.facts.BadInputException;
import org.entente.rdf.IriScheme;
import org.entente.server.EntenteServer;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** How the server listens, what it allows and its limits. */
final class ServerOptions {

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--public", description = "Listen on all interfaces, not only 127.0.0.1.")
    boolean allInterfaces;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Query timeout (default: ${DEFAULT-VALUE} s).")
    long timeoutSeconds;

    @Option(names = "--max-rows", defaultValue = "10000", description = "Most rows a query returns (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--max-body-mb", paramLabel = "MB", defaultValue = "4",
            description = "Largest request body accepted, in megabytes; a larger one gets 413 (default: ${DEFAULT-VALUE}).")
    long maxBodyMegabytes;

    @Option(names = "--max-concurrent", paramLabel = "N", defaultValue = "64",
            description = "Requests answered at once; more get 503 with Retry-After (default: ${DEFAULT-VALUE}).")
    int maxConcurrent;

    @Option(names = "--no-cors", description = "Send no CORS headers (by default browser pages on any origin may query).")
    boolean noCors;

    @Option(names = "--auth", paramLabel = "FILE",
            description = "Password file (Jetty format, 'user: password' or 'user: MD5:hash' per line) whose users may write "
                    + "through /entente/update and /entente/data with HTTP Basic authentication. Without it the server is read-only.")
    Path passwordFile;

    EntenteServer build(DatasetGraph dataset, IriScheme iris) {
        if (passwordFile != null && !Files.isReadable(passwordFile)) {
            throw new BadInputException(passwordFile + ": cannot read the password file given to --auth");
        }
        if (timeoutSeconds < 1 || maxRows < 1 || maxBodyMegabytes < 1 || maxConcurrent < 1) {
            throw new BadInputException("--timeout, --max-rows, --max-body-mb and --max-concurrent must be at least 1");
        }
        return EntenteServer.builder(dataset)
                .port(port)
                .loopback(!allInterfaces)
                .iris(iris)
                .queryTimeout(Duration.ofSeconds(timeoutSeconds))
                .maxRows(maxRows)
                .maxRequestBytes(maxBodyMegabytes * 1024 * 1024)
                .maxConcurrentRequests(maxConcurrent)
                .cors(!noCors)
                .passwordFile(passwordFile)
                .build();
    }

    /** What the server allows, for the line printed at start. */
    String access() {
        return passwordFile == null ? "read-only" : "writes with the users of " + passwordFile;
    }
}
