package org.entente.query;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFDataMgr;
import org.entente.SampleData;
import org.entente.rdf.Namespaces;
import org.entente.server.EntenteServer;
import org.entente.store.Tdb2GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples of {@code queries/federated/} join Entente with Wikidata through SERVICE and the
 * owl:sameAs links. Tests have no network, so the Wikidata endpoint is a parameter and here a
 * local stand-in ({@code src/test/resources/wikidata/stand-in.ttl}) serves a few statements in
 * Wikidata's shape; the join itself runs for real.
 */
class FederatedExamplesTest {

    static final QueryLibrary EXAMPLES = QueryLibrary.fromFolder(Path.of("queries/federated"));

    @TempDir
    static Path folder;
    static Tdb2GraphStore store;
    static EntenteServer wikidata;
    final QueryRunner runner = new QueryRunner(SampleData.IRIS);

    @BeforeAll
    static void loadSamplesAndServeAStandIn() {
        store = SampleData.loadedStore(folder);
        Dataset standIn = DatasetFactory.createTxnMem();
        RDFDataMgr.read(standIn, "src/test/resources/wikidata/stand-in.ttl");
        wikidata = EntenteServer.builder(standIn.asDatasetGraph()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        wikidata.stop();
        store.close();
    }

    String csv(String name, Map<String, String> arguments) {
        try (RDFConnection connection = store.connect()) {
            return ResultFormat.CSV.format(runner.select(connection, EXAMPLES.get(name), arguments), Namespaces.ALL).replace("\r\n", "\n");
        }
    }

    @Test
    void everyExampleCallsWikidataByDefault() {
        assertThat(EXAMPLES.all()).hasSize(2).allSatisfy(query -> {
            assertThat(query.parameter("wikidata").orElseThrow().defaultValue()).isEqualTo("https://query.wikidata.org/sparql");
            assertThat(query.query().toString()).contains("SERVICE ?wikidata").contains("owl:sameAs");
        });
    }

    @Test
    void populationOfNatoMembersJoinsTheReferenceGraphWithWikidata() {
        String rows = csv("population-of-members", Map.of("wikidata", wikidata.sparqlUrl()));

        assertThat(rows).isEqualTo("""
                memberName,population,item
                United States,331000000,http://www.wikidata.org/entity/Q30
                Germany,83000000,http://www.wikidata.org/entity/Q183
                France,68000000,http://www.wikidata.org/entity/Q142
                """);
    }

    @Test
    void headsOfStateOfTheStatesThatTookAPosition() {
        String rows = csv("heads-of-state", Map.of("wikidata", wikidata.sparqlUrl(), "proposition", "proposition/membership-UKR-NATO"));

        assertThat(rows).isEqualTo("""
                stateName,stance,propositionText,headOfState,head
                Russia,opposes,Ukraine becomes a member of NATO,Vladimir Putin,http://www.wikidata.org/entity/Q7747
                """);
    }
}
