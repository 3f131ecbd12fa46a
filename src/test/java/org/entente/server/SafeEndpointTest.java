package org.entente.server;

import org.entente.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public endpoint's safety over real HTTP: writes only with credentials, a runaway query
 * stopped by the timeout while others answer, a cap on concurrent requests, oversized bodies
 * refused, CORS for reading only.
 */
class SafeEndpointTest {

    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final String QUICK = "SELECT ?label WHERE { <https://w3id.org/entente/id/state/CHN> <http://www.w3.org/2000/01/rdf-schema#label> ?label }";
    static final String INTRUDER = "https://example.org/intruder";

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.withSamples((builder, folder) -> builder
            .queryTimeout(Duration.ofSeconds(3))
            .maxConcurrentRequests(3)
            .passwordFile(passwordFile(folder.resolve("passwords"), "writer", "s3cret")));

    static Path passwordFile(Path file, String user, String password) throws Exception {
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(password.getBytes(StandardCharsets.UTF_8)));
        return Files.writeString(file, "# user: password\n" + user + ": MD5:" + md5 + "\n");
    }

    static long quads() {
        return SERVER.store().quadCount();
    }

    static HttpRequest.Builder update(String sparql) {
        return SERVER.web().request("/entente/update").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparql));
    }

    static HttpRequest.Builder put(String graph, String turtle) {
        return SERVER.web().request("/entente/data?graph=" + graph).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(turtle));
    }

    @Test
    void aWriteWithoutCredentialsGets401AndChangesNothing() {
        long before = quads();

        HttpResponse<String> drop = SERVER.web().send(update("DROP ALL"));
        HttpResponse<String> put = SERVER.web().send(put(INTRUDER, "<https://example.org/a> <https://example.org/b> 1 ."));
        HttpResponse<String> wrongPassword = SERVER.web().send(update("DROP ALL").header("Authorization", WebClient.basic("writer", "guess")));

        assertThat(drop.statusCode()).isEqualTo(401);
        assertThat(drop.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
        assertThat(put.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void aMalformedBasicHeaderGets401() {
        HttpResponse<String> response = SERVER.web().send(update("DROP ALL").header("Authorization", "Basic !!!"));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void theDatasetItselfStaysReadOnlyEvenWithCredentials() {
        long before = quads();

        HttpResponse<String> viaDataset = SERVER.web().send(SERVER.web().request("/entente").header("Content-Type", "application/sparql-update")
                .header("Authorization", WebClient.basic("writer", "s3cret")).POST(HttpRequest.BodyPublishers.ofString("DROP ALL")));

        assertThat(viaDataset.statusCode()).isBetween(400, 499);
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void aWriteWithCredentialsWorks() {
        String graph = "https://example.org/written-" + System.nanoTime();
        long before = quads();

        HttpResponse<String> put = SERVER.web().send(put(graph, "<https://example.org/a> <https://example.org/b> 1 .")
                .header("Authorization", WebClient.basic("writer", "s3cret")));
        long afterPut = quads();
        HttpResponse<String> drop = SERVER.web().send(update("DROP GRAPH <" + graph + ">").header("Authorization", WebClient.basic("writer", "s3cret")));

        assertThat(put.statusCode()).isBetween(200, 204);
        assertThat(afterPut).isEqualTo(before + 1);
        assertThat(drop.statusCode()).isBetween(200, 204);
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void aRunawayQueryIsStoppedByTheTimeoutWhileOtherQueriesAnswer() {
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(() -> SERVER.web().query("/entente/sparql", RUNAWAY, "text/csv"));

        HttpResponse<String> quick = SERVER.web().query("/entente/sparql", QUICK, "text/csv");
        HttpResponse<String> stopped = runaway.join();

        assertThat(quick.statusCode()).isEqualTo(200);
        assertThat(quick.body()).contains("China");
        assertThat(stopped.statusCode()).isEqualTo(503);
        assertThat(stopped.body()).contains("Query timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("stopped, not finished").isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void requestsBeyondTheCapGet503WithRetryAfter() throws InterruptedException {
        ExecutorService clients = Executors.newFixedThreadPool(3);
        List<CompletableFuture<HttpResponse<String>>> runaways = Stream.generate(() ->
                CompletableFuture.supplyAsync(() -> SERVER.web().query("/entente/sparql", RUNAWAY, "text/csv"), clients)).limit(3).toList();
        Thread.sleep(1000);
        HttpResponse<String> refused = SERVER.web().query("/entente/sparql", QUICK, "text/csv");
        runaways.forEach(CompletableFuture::join);
        clients.shutdown();

        assertThat(runaways).as("each runaway held a place until its timeout")
                .allSatisfy(runaway -> assertThat(runaway.join().body()).contains("Query timed out"));
        assertThat(refused.statusCode()).as("a request while three runaways hold the three places").isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.body()).contains("limit");
        assertThat(SERVER.web().query("/entente/sparql", QUICK, "text/csv").statusCode()).isEqualTo(200);
    }

    /**
     * A request declaring a 10 MB body is answered 413 from its headers, before any of the body is read.
     * Written on a raw socket that sends the headers only: a client still writing the body when the
     * server answers and closes may lose the answer to the connection's reset (HttpClient did, once).
     */
    @Test
    void aTenMegabyteBodyIsRefused() throws IOException {
        URI root = URI.create(SERVER.web().root());
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            String headers = "POST /entente/sparql HTTP/1.1\r\nHost: " + root.getHost() + ":" + root.getPort()
                    + "\r\nContent-Type: application/sparql-query\r\nContent-Length: " + (10 * 1024 * 1024)
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(headers.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).contains("accepts at most 4194304");
        }
    }

    @Test
    void aBodyOfUnknownLengthIsRefusedBeforeItIsRead() {
        HttpResponse<String> streamed = SERVER.web().send(SERVER.web().request("/entente/sparql").header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.fromPublisher(chunks(10 * 1024, 1024))));

        assertThat(streamed.statusCode()).isEqualTo(411);
        assertThat(streamed.body()).contains("Content-Length");
    }

    /** A body of {@code count} chunks of {@code size} bytes, sent without a Content-Length. */
    static Flow.Publisher<ByteBuffer> chunks(int count, int size) {
        SubmissionPublisher<ByteBuffer> publisher = new SubmissionPublisher<>();
        CompletableFuture.runAsync(() -> {
            publisher.submit(ByteBuffer.wrap("SELECT * WHERE { ?s ?p ?o } #".getBytes(StandardCharsets.UTF_8)));
            for (int i = 0; i < count && !publisher.isClosed(); i++) {
                publisher.submit(ByteBuffer.wrap("y".repeat(size).getBytes(StandardCharsets.UTF_8)));
            }
            publisher.close();
        });
        return publisher;
    }

    @Test
    void aMalformedQueryGets400WithTheParserMessage() {
        HttpResponse<String> response = SERVER.web().query("/entente/sparql", "SELECT ?x WHERE { ?x ?p }", "text/csv");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).containsIgnoringCase("parse error").contains("line 1").doesNotContain("at org.apache");
    }

    @Test
    void browsersOnOtherOriginsMayQueryButNotWrite() {
        HttpResponse<String> query = SERVER.web().send(SERVER.web().request("/entente/sparql?query=ASK%7B%7D").header("Origin", "https://elsewhere.example"));
        HttpResponse<String> preflight = SERVER.web().send(SERVER.web().request("/entente/sparql").header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> write = SERVER.web().send(update("DROP ALL").header("Origin", "https://elsewhere.example"));

        assertThat(query.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
        assertThat(query.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(methods ->
                assertThat(methods).contains("POST").doesNotContain("PUT"));
        assertThat(write.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
