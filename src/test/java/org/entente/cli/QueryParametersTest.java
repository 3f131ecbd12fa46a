package org.entente.cli;

import org.entente.SampleData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.cli.EntenteCliTest.run;

/** Parameters of named queries as people type them: keys, typed keys, IRIs and names, and what is refused. */
class QueryParametersTest {

    @TempDir
    static Path store;

    @BeforeAll
    static void loadTheSamples() {
        assertThat(run("load", "--store", store.toString(), SampleData.FACTS.toString()).exitCode()).isZero();
    }

    static EntenteCliTest.Run query(String name, String... parameters) {
        String[] args = new String[3 + 2 * parameters.length];
        args[0] = "query";
        args[1] = "--store=" + store;
        args[2] = name;
        for (int i = 0; i < parameters.length; i++) {
            args[3 + 2 * i] = "--param";
            args[4 + 2 * i] = parameters[i];
        }
        return run(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NATO", "nato", "https://w3id.org/entente/id/org/NATO", "North Atlantic Treaty Organization",
            "the North Atlantic Alliance"})
    void anOrganisationIsFoundByItsKeyIriOrName(String typed) {
        EntenteCliTest.Run byTypedKey = query("members-on-date", "organisation=org/NATO");
        EntenteCliTest.Run run = query("members-on-date", "organisation=" + typed);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(byTypedKey.out()).contains("(30 rows)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RUS", "Russia", "russian federation", "the Kremlin", "Kremlin"})
    void aStateIsFoundByItsKeyNameOrMetonym(String typed) {
        EntenteCliTest.Run byTypedKey = query("actor-timeline", "actor=state/RUS");
        EntenteCliTest.Run run = query("actor-timeline", "actor=" + typed);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(byTypedKey.out()).contains("DEMAND");
    }

    @Test
    void aValueThatNamesNoEntityIsRefusedWithTheClosestNames() {
        EntenteCliTest.Run run = query("members-on-date", "organisation=NATOO");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("parameter organisation: no entity \"NATOO\"", "did you mean NATO (org/NATO)");
    }

    @Test
    void aNameOfAnotherKindOfEntityIsRefusedSayingWhatItNames() {
        EntenteCliTest.Run run = query("members-on-date", "organisation=Russia");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("\"Russia\" is Russia (state/RUS), not an organisation");
    }

    @Test
    void anAmbiguousNameIsRefusedWithEachEntityItCouldBe() {
        EntenteCliTest.Run run = query("members-on-date", "organisation=Brussels");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("\"Brussels\" could be", "NATO (org/NATO)", "European Union (org/EU)");
    }

    @Test
    void aTypedKeyOfNoEntityIsRefusedNotAnsweredWithNoRows() {
        EntenteCliTest.Run run = query("positions-on-proposition", "proposition=proposition/membership-XYZ-NATO");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no entity \"proposition/membership-XYZ-NATO\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=-5", "limit=ten", "date=2021-13-01"})
    void aMalformedNumberOrDateIsRefusedWithASentence(String parameter) {
        String query = parameter.startsWith("limit") ? "propositions" : "members-on-date";
        EntenteCliTest.Run run = query(query, parameter);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("parameter " + parameter.substring(0, parameter.indexOf('=')) + ": ")
                .containsAnyOf("is not a number of rows", "is not a valid");
    }
}
