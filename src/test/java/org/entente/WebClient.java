package org.entente;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Plain HTTP calls to a running server, as tests make them: status, headers and body as text. */
public record WebClient(String root, HttpClient http) {

    public static WebClient of(String root) {
        return new WebClient(root, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept", accept).GET());
    }

    /** A SPARQL query by GET, answered as {@code accept}. */
    public HttpResponse<String> query(String path, String sparql, String accept) {
        return get(path + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8), accept);
    }

    /** A SPARQL query in a POST body ({@code application/sparql-query}). */
    public HttpResponse<String> postQuery(String path, String sparql, String accept) {
        return send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept", accept)
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(sparql)));
    }

    /**
     * Sends the request. A write goes on a connection of its own: the JDK client retries only GETs on
     * a pooled connection the server has meanwhile closed, so a POST or PUT on one fails with "header
     * parser received no bytes" at random.
     */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(120)).build();
        HttpClient client = built.method().equals("GET") ? http : HttpClient.newHttpClient();
        try {
            return client.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(root + path));
    }

    /** The value of an {@code Authorization} header for HTTP Basic. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
