package org.entente.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The web page's files and its JSON API over the named queries, over real HTTP. */
class WebApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.withSamples();

    static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = SERVER.web().get(path, "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void theRootServesThePageThatLoadsItsScriptsFromTheServerItself() {
        HttpResponse<String> page = SERVER.web().get("/", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("/webjars/echarts/", "/webjars/codemirror/", "/app/entente.js")
                .doesNotContain("https://", "http://");
    }

    @Test
    void theLibrariesAreServedFromTheJarsOnTheClasspath() {
        HttpResponse<String> echarts = SERVER.web().get("/webjars/echarts/5.3.1/dist/echarts.min.js", "*/*");
        HttpResponse<String> sparqlMode = SERVER.web().get("/webjars/codemirror/5.65.16/mode/sparql/sparql.js", "*/*");

        assertThat(echarts.statusCode()).isEqualTo(200);
        assertThat(echarts.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        assertThat(sparqlMode.body()).contains("defineMode(\"sparql\"");
    }

    @Test
    void aPathOutsideTheServedFoldersIsRefused() {
        HttpResponse<String> dotted = SERVER.web().get("/app/%2e%2e/label.rq", "*/*");
        HttpResponse<String> classFile = SERVER.web().get("/app/../ClasspathFileServlet.class", "*/*");

        assertThat(dotted.statusCode()).isIn(400, 404);
        assertThat(dotted.body()).doesNotContain("SELECT");
        assertThat(classFile.statusCode()).isIn(400, 404);
        assertThat(SERVER.web().get("/app/label.rq", "*/*").statusCode()).isEqualTo(404);
        assertThat(SERVER.web().get("/webjars/nothing/here.js", "*/*").statusCode()).isEqualTo(404);
    }

    @Test
    void theQueryListGivesEachQueryItsDescriptionAndParameters() throws Exception {
        JsonNode answer = json("/api/queries");

        assertThat(answer.get("base").asText()).isEqualTo("https://w3id.org/entente/id/");
        JsonNode members = null;
        for (JsonNode query : answer.get("queries")) {
            if (query.get("name").asText().equals("members-on-date")) {
                members = query;
            }
        }
        assertThat(members).isNotNull();
        assertThat(members.get("title").asText()).isEqualTo("Members of an organisation on a date");
        assertThat(members.get("parameters").get(1).get("name").asText()).isEqualTo("date");
        assertThat(members.get("parameters").get(1).get("type").asText()).isEqualTo("date");
        assertThat(members.get("parameters").get(1).get("default").asText()).isEqualTo("2021-12-10");
    }

    @Test
    void aNamedQueryRunsWithTheRequestsParametersAsSparqlJson() throws Exception {
        JsonNode on2021 = json("/api/query/members-on-date?organisation=org/NATO&date=2021-12-10");
        JsonNode on2024 = json("/api/query/members-on-date?organisation=org/NATO&date=2024-03-07");

        assertThat(on2021.get("results").get("bindings")).hasSize(30);
        assertThat(on2024.get("results").get("bindings")).hasSize(32);
        assertThat(on2024.get("head").get("vars").get(0).asText()).isEqualTo("memberName");
    }

    @Test
    void aNamedQueryIsDownloadedAsCsv() {
        HttpResponse<String> csv = SERVER.web().get("/api/query/positions-on-proposition.csv?proposition=proposition/membership-UKR-NATO", "*/*");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"positions-on-proposition.csv\"");
        assertThat(csv.body().lines()).containsExactly("holderName,stance,firstDate,lastDate,statements,holder",
                "Russia,opposes,2021-12-10,2021-12-16,3,https://w3id.org/entente/id/state/RUS",
                "NATO,supports,2021-12-10,2021-12-10,1,https://w3id.org/entente/id/org/NATO");
    }

    @Test
    void aBadParameterGets400WithTheReasonAndAnUnknownQuery404() throws Exception {
        HttpResponse<String> badDate = SERVER.web().get("/api/query/members-on-date?date=10.12.2021", "application/json");
        HttpResponse<String> unknownParameter = SERVER.web().get("/api/query/members-on-date?colour=red", "application/json");
        HttpResponse<String> unknownQuery = SERVER.web().get("/api/query/no-such-query", "application/json");

        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badDate.body()).get("error").asText()).contains("parameter date", "10.12.2021");
        assertThat(unknownParameter.statusCode()).isEqualTo(400);
        assertThat(unknownParameter.body()).contains("colour");
        assertThat(unknownQuery.statusCode()).isEqualTo(404);
    }

    @Test
    void anEntityParameterTakesTheKeyTheNameOrTheIriAPersonTypes() throws Exception {
        for (String typed : List.of("NATO", "org/NATO", "https://w3id.org/entente/id/org/NATO", "north atlantic treaty organization")) {
            JsonNode answer = json("/api/query/members-on-date?date=2021-12-10&organisation=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));

            assertThat(answer.get("results").get("bindings")).as(typed).hasSize(30);
        }
    }

    @Test
    void anEntityParameterThatNamesNoEntityOrSeveralGets400SayingSo() throws Exception {
        HttpResponse<String> unknown = SERVER.web().get("/api/query/members-on-date?organisation=NATOO", "application/json");
        HttpResponse<String> ambiguous = SERVER.web().get("/api/query/members-on-date?organisation=Brussels", "application/json");

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).get("error").asText()).contains("no entity \"NATOO\"", "did you mean NATO (org/NATO)");
        assertThat(ambiguous.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(ambiguous.body()).get("error").asText()).contains("could be", "org/NATO", "org/EU");
    }

    @Test
    void aNegativeLimitGets400() throws Exception {
        HttpResponse<String> negative = SERVER.web().get("/api/query/propositions?limit=-5", "application/json");

        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(negative.body()).get("error").asText()).contains("parameter limit: -5 is not a number of rows");
    }

    @Test
    void theQueryListGivesTheKindsOfAnEntityParameter() throws Exception {
        JsonNode answer = json("/api/queries");

        JsonNode organisation = null;
        for (JsonNode query : answer.get("queries")) {
            if (query.get("name").asText().equals("members-on-date")) {
                organisation = query.get("parameters").get(0);
            }
        }
        assertThat(organisation.get("type").asText()).isEqualTo("entity");
        assertThat(organisation.get("kinds").toString()).isEqualTo("[\"org\"]");
    }

    @Test
    void aValueIsBoundNotPastedIntoTheQuery() throws Exception {
        HttpResponse<String> injected = SERVER.web().get("/api/query/members-on-date?organisation="
                + java.net.URLEncoder.encode("org/NATO> } UNION { ?s ?p ?o", java.nio.charset.StandardCharsets.UTF_8), "application/json");

        assertThat(injected.statusCode()).isEqualTo(400);
        assertThat(injected.body()).contains("not a valid key or IRI");
    }

    @Test
    void labelsNameStatesArticlesAndStatements() throws Exception {
        String base = "https://w3id.org/entente/id/";
        HttpResponse<String> response = SERVER.web().send(SERVER.web().request("/api/labels")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("iri=" + base + "state/RUS&iri=" + base + "article/000_ce898c134fb15a02"
                        + "&iri=" + base + "statement/000_ce898c134fb15a02/1&iri=" + base + "nothing&iri=not%20an%20iri")));

        JsonNode labels = JSON.readTree(response.body());
        assertThat(labels.get(base + "state/RUS").asText()).isEqualTo("Russia");
        assertThat(labels.get(base + "article/000_ce898c134fb15a02").asText()).isNotBlank();
        assertThat(labels.get(base + "statement/000_ce898c134fb15a02/1").asText()).startsWith("Russia on Friday demanded");
        assertThat(labels.has(base + "nothing")).isFalse();
        assertThat(labels.size()).isEqualTo(3);
    }
}
