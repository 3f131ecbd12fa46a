package org.entente.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.entente.SampleData;
import org.entente.facts.BadInputException;
import org.entente.store.Tdb2GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every named query, run with its default parameters on the sample facts, gives the rows in
 * {@code src/test/resources/expected/{name}.csv}. A query without such a file fails.
 */
class NamedQueriesTest {

    static final Path EXPECTED = Path.of("src/test/resources/expected");
    static final QueryLibrary LIBRARY = QueryLibrary.fromFolder(Path.of("queries"));

    @TempDir
    static Path folder;
    static Tdb2GraphStore store;
    static RDFConnection connection;
    final QueryRunner runner = new QueryRunner(SampleData.IRIS);

    @BeforeAll
    static void loadSamples() {
        store = SampleData.loadedStore(folder);
        connection = store.connect();
    }

    @AfterAll
    static void close() {
        connection.close();
        store.close();
    }

    static Stream<String> queryNames() {
        return LIBRARY.all().stream().map(NamedQuery::name);
    }

    String csv(String name, Map<String, String> arguments) {
        ResultSetRewindable rows = runner.select(connection, LIBRARY.get(name), arguments);
        return ResultFormat.CSV.format(rows, org.entente.rdf.Namespaces.ALL)
                .replace("\r\n", "\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryNames")
    void aNamedQueryAnswersTheSampleDataAsExpected(String name) throws IOException {
        Path expected = EXPECTED.resolve(name + ".csv");
        String actual = csv(name, Map.of());
        if (Boolean.getBoolean("entente.writeExpected")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(expected).as("expected answers for " + name).exists();
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        assertThat(actual.lines().count()).as(name + " answers something").isGreaterThan(1);
    }

    @Test
    void everyQueryHasATitleAndADescription() {
        assertThat(LIBRARY.all()).allSatisfy(query -> {
            assertThat(query.title()).isNotEqualTo(query.name());
            assertThat(query.description()).isNotBlank();
        });
    }

    @Test
    void aParameterNarrowsTheAnswer() {
        String nato = csv("who-opposed-what-when", Map.of("actor", "org/NATO"));

        assertThat(nato.lines().skip(1)).isNotEmpty().allSatisfy(row -> assertThat(row).contains(",NATO,"));
    }

    @Test
    void theLimitParameterCapsTheRowsAndZeroGivesThemAll() {
        String all = csv("who-opposed-what-when", Map.of("limit", "0"));
        String two = csv("who-opposed-what-when", Map.of("limit", "2"));

        assertThat(all.lines().count()).isEqualTo(10); // a header and the 9 acts of the samples
        assertThat(two.lines().toList()).isEqualTo(all.lines().limit(3).toList());
        assertThat(runner.bound(LIBRARY.get("who-opposed-what-when"), Map.of("limit", "2")).getLimit()).isEqualTo(2);
    }

    @Test
    void theLimitAlsoCapsTheSubSelectThatPicksTheRowsToShow() {
        String all = csv("actor-timeline", Map.of("limit", "0"));
        String three = csv("actor-timeline", Map.of("limit", "3"));
        Query bound = runner.bound(LIBRARY.get("actor-timeline"), Map.of("limit", "3"));
        List<Long> subSelectLimits = new ArrayList<>();
        ElementWalker.walk(bound.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery subSelect) {
                subSelectLimits.add(subSelect.getQuery().getLimit());
            }
        });

        assertThat(all.lines().count()).isGreaterThan(4);
        assertThat(three.lines().toList()).isEqualTo(all.lines().limit(4).toList());
        assertThat(subSelectLimits).containsExactly(3L);
    }

    @Test
    void theGraphVariablesAreBoundToTheReferenceAndPositionsGraphs() {
        String bound = runner.bound(LIBRARY.get("positions-of-members"), Map.of()).toString();

        assertThat(bound).contains("GRAPH <" + SampleData.IRIS.referenceGraph() + ">")
                .contains("GRAPH <" + SampleData.IRIS.positionsGraph() + ">");
    }

    @Test
    void aDateParameterFiltersTheTimeline() {
        String after = csv("actor-timeline", Map.of("actor", "state/RUS", "from", "2021-12-15"));

        assertThat(after.lines().skip(1)).isNotEmpty().allSatisfy(row -> assertThat(row).startsWith("2021-12-1"));
        assertThat(after).doesNotContain("2021-12-10,");
    }

    @Test
    void aValueCannotBreakOutOfItsParameter() {
        assertThatThrownBy(() -> csv("demands-by-actor", Map.of("actor", "state/RUS> } UNION { ?s ?p ?o")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("parameter actor");
        assertThatThrownBy(() -> csv("actor-timeline", Map.of("from", "2021-13-40")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("parameter from");
    }

    @Test
    void anUnknownParameterIsRefused() {
        assertThatThrownBy(() -> csv("demands-by-actor", Map.of("colour", "blue")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("colour");
    }

    @Test
    void natoHad30MembersWhenRussiaMadeItsDemandsAnd32OnceSwedenJoined() {
        assertThat(csv("members-on-date", Map.of("organisation", "org/NATO", "date", "2021-12-10")).lines().skip(1)).hasSize(30);
        assertThat(csv("members-on-date", Map.of("organisation", "org/NATO", "date", "2024-03-06")).lines().skip(1)).hasSize(31);
        assertThat(csv("members-on-date", Map.of("organisation", "org/NATO", "date", "2024-03-07")).lines().skip(1))
                .hasSize(32).anySatisfy(row -> assertThat(row).startsWith("Sweden,2024-03-07"));
    }

    @Test
    void membershipsEndOnTheirLastDayAndSuspensionsShow() {
        assertThat(csv("members-on-date", Map.of("organisation", "org/EU", "date", "2020-01-31"))).contains("United Kingdom,");
        assertThat(csv("members-on-date", Map.of("organisation", "org/EU", "date", "2020-02-01"))).doesNotContain("United Kingdom,");
        assertThat(csv("members-on-date", Map.of("organisation", "org/COE", "date", "2022-03-01"))).contains("Russia,1996-02-28,suspended");
        assertThat(csv("members-on-date", Map.of("organisation", "org/COE", "date", "2022-03-16"))).doesNotContain("Russia,");
    }

    @Test
    void theSecretaryGeneralOnTheDayOfTheArticlesAndToday() {
        assertThat(csv("office-holder-on-date", Map.of("office", "office/nato-secretary-general", "date", "2021-12-10")))
                .contains("Jens Stoltenberg,Secretary General of NATO");
        assertThat(csv("office-holder-on-date", Map.of("office", "office/nato-secretary-general", "date", "today")))
                .contains("Mark Rutte,Secretary General of NATO");
    }
}
