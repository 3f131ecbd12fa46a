package org.entente.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The served endpoint over real HTTP on a free loopback port. */
class EntenteServerTest {

    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.withSamples((builder, folder) -> builder.maxRows(3));
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static HttpResponse<String> query(String path, String sparql) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + SERVER.server().port() + path + "?query="
                + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + SERVER.server().port() + path);
        // a write on a connection of its own: the JDK client does not retry a POST on a pooled connection the server closed
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String quadCount() throws IOException, InterruptedException {
        return query("/entente/sparql", COUNT).body();
    }

    @Test
    void theSparqlEndpointAnswersOverHttp() throws Exception {
        HttpResponse<String> response = query("/entente/sparql",
                "SELECT ?label WHERE { <https://w3id.org/entente/id/state/CHN> <http://www.w3.org/2000/01/rdf-schema#label> ?label }");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("China");
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheNamedGraphs() throws Exception {
        HttpResponse<String> response = query("/entente/query",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/entente/ontology#Statement> }");

        assertThat(response.body().lines().skip(1).findFirst().orElseThrow().strip()).isNotEqualTo("0");
    }

    @Test
    void aMalformedQueryGetsA400WithTheParserMessage() throws Exception {
        HttpResponse<String> response = query("/entente/sparql", "SELECT ?x WHERE { ?x ?p }");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).containsIgnoringCase("parse error").contains("line 1").doesNotContain("at org.apache");
    }

    @Test
    void anUpdateIsRefusedAndChangesNothing() throws Exception {
        String before = quadCount();

        HttpResponse<String> viaDataset = post("/entente", "application/sparql-update", "DROP ALL");
        HttpResponse<String> viaUpdate = post("/entente/update", "application/sparql-update", "DROP ALL");

        assertThat(viaDataset.statusCode()).isBetween(400, 499);
        assertThat(viaUpdate.statusCode()).isBetween(400, 499);
        assertThat(quadCount()).isEqualTo(before);
    }

    @Test
    void aGraphStoreWriteIsRefusedAndChangesNothing() throws Exception {
        String before = quadCount();
        URI uri = URI.create("http://127.0.0.1:" + SERVER.server().port() + "/entente?graph=https://example.org/intruder");

        HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<https://example.org/a> <https://example.org/b> 1 .")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(put.statusCode()).isBetween(400, 499);
        assertThat(quadCount()).isEqualTo(before);
    }

    @Test
    void answersAreCappedAtTheRowLimit() throws Exception {
        HttpResponse<String> response = query("/entente/sparql", "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1000");

        assertThat(response.body().lines().count()).isEqualTo(1 + 3);
    }
}
