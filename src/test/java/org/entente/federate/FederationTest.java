package org.entente.federate;

import org.apache.jena.query.Query;
import org.apache.jena.rdfconnection.RDFConnection;
import org.entente.SampleData;
import org.entente.cli.Entente;
import org.entente.facts.BadInputException;
import org.entente.query.QueryLibrary;
import org.entente.query.QueryRunner;
import org.entente.query.ResultFormat;
import org.entente.rdf.Namespaces;
import org.entente.server.EntenteServer;
import org.entente.store.Tdb2GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two live endpoints on loopback, one serving the article graphs (statements and positions) and
 * one the reference graph (memberships, labels): a question that needs both is answered across
 * them with the same rows as on the single store that holds everything.
 */
class FederationTest {

    static final QueryLibrary LIBRARY = QueryLibrary.fromFolder(Path.of("queries"));
    static final QueryRunner RUNNER = new QueryRunner(SampleData.IRIS);

    @TempDir
    static Path folder;
    static Tdb2GraphStore articles;
    static Tdb2GraphStore reference;
    static Tdb2GraphStore everything;
    static EntenteServer articleServer;
    static EntenteServer referenceServer;

    @BeforeAll
    static void serveTheTwoHalves() {
        articles = Tdb2GraphStore.open(folder.resolve("articles"), SampleData.IRIS);
        SampleData.loader(articles).load(List.of(SampleData.FACTS));
        reference = Tdb2GraphStore.open(folder.resolve("reference"), SampleData.IRIS);
        reference.replace(List.of(SampleData.referenceGraph()));
        everything = SampleData.loadedStore(folder.resolve("everything"));
        articleServer = EntenteServer.builder(articles.dataset().asDatasetGraph()).port(0).build().start();
        referenceServer = EntenteServer.builder(reference.dataset().asDatasetGraph()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        articleServer.stop();
        referenceServer.stop();
        articles.close();
        reference.close();
        everything.close();
    }

    static List<String> endpoints() {
        return List.of(articleServer.sparqlUrl(), referenceServer.sparqlUrl());
    }

    static String singleStoreCsv(String name, Map<String, String> arguments) {
        try (RDFConnection connection = everything.connect()) {
            return ResultFormat.CSV.format(RUNNER.select(connection, LIBRARY.get(name), arguments), Namespaces.ALL);
        }
    }

    static String federatedCsv(String name, Map<String, String> arguments) {
        Query query = RUNNER.bound(LIBRARY.get(name), arguments);
        try (Federation federation = Federation.of(endpoints(), Duration.ofSeconds(60))) {
            return ResultFormat.CSV.format(federation.select(query), Namespaces.ALL);
        }
    }

    @Test
    void eachHalfAloneCannotAnswerTheQuestion() {
        try (RDFConnection connection = articles.connect()) {
            assertThat(RUNNER.select(connection, LIBRARY.get("positions-of-members"), Map.of()).size()).isZero();
        }
        try (RDFConnection connection = reference.connect()) {
            assertThat(ResultFormat.CSV.format(RUNNER.select(connection, LIBRARY.get("positions-of-members"), Map.of()), Namespaces.ALL))
                    .doesNotContain("supports");
        }
    }

    @Test
    void positionsOfMembersAcrossTwoEndpointsAreThoseOfTheSingleStore() {
        String federated = federatedCsv("positions-of-members", Map.of());

        assertThat(federated).isEqualTo(singleStoreCsv("positions-of-members", Map.of()));
        assertThat(federated).contains("China,supports,2021-12-16").contains("France,no known position");
    }

    @Test
    void positionsOfNatoMembersOnUkrainesMembershipAcrossTwoEndpoints() {
        Map<String, String> nato = Map.of("organisation", "org/NATO", "date", "2021-12-10",
                "proposition", "proposition/membership-UKR-NATO");

        String federated = federatedCsv("positions-of-members", nato);

        assertThat(federated).isEqualTo(singleStoreCsv("positions-of-members", nato));
        assertThat(federated.lines().skip(1)).hasSize(30);
    }

    @Test
    void theFederateCommandPrintsTheSameRows() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = Entente.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));

        int code = command.execute("federate", "--endpoint", articleServer.sparqlUrl(), "--endpoint", referenceServer.sparqlUrl(),
                "--query", "positions-of-members", "--format", "csv");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo(singleStoreCsv("positions-of-members", Map.of()));
    }

    @Test
    void anUnreachableEndpointIsAClearError() {
        Query query = RUNNER.bound(LIBRARY.get("positions-of-members"), Map.of());

        assertThatThrownBy(() -> {
            try (Federation federation = Federation.of(List.of(articleServer.sparqlUrl(), "http://127.0.0.1:1/sparql"), Duration.ofSeconds(20))) {
                federation.select(query);
            }
        }).isInstanceOf(BadInputException.class).hasMessageContaining("http://127.0.0.1:1/sparql");
        assertThatThrownBy(() -> Federation.of(List.of("ftp://example.org/sparql"), Duration.ofSeconds(1)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not an http(s) URL");
    }
}
