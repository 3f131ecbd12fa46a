package org.entente.facts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FactsJsonTest {

    static final Path FIXTURES = Path.of("src/test/resources/facts");

    static InvalidFactsException refusal(Path file) {
        return catchThrowableOfType(InvalidFactsException.class, () -> FactsJson.read(file));
    }

    @Test
    void aValidFileReadsIntoRecords() {
        Facts facts = FactsJson.read(BrokenFacts.MINIMAL);

        assertThat(facts.article().id()).isEqualTo("minimal-rejection");
        assertThat(facts.actors()).extracting(Actor::id).containsExactly("state/RUS", "org/NATO", "state/UKR");
        assertThat(facts.statements()).extracting(Statement::act).containsExactly("DEMAND", "REJECT");
        assertThat(facts.proposition("test-withdrawal").orElseThrow().implies())
                .containsExactly(new Proposition.Implication("membership-UKR-NATO", Stance.OPPOSES));
    }

    @Test
    void writingAndReadingAgainGivesTheSameFacts(@TempDir Path dir) {
        Facts facts = FactsJson.read(BrokenFacts.MINIMAL);
        Path copy = dir.resolve("copy.json");

        FactsJson.write(facts, copy);

        assertThat(FactsJson.read(copy)).isEqualTo(facts);
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        InvalidFactsException e = refusal(FIXTURES.resolve("malformed.json"));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isPositive();
            assertThat(p.message()).startsWith("not valid JSON");
        });
        assertThat(e.getMessage()).contains("malformed.json").contains("line 5");
    }

    @Test
    void anUnknownActTypeIsReportedAtItsPath(@TempDir Path dir) {
        InvalidFactsException e = refusal(BrokenFacts.UNKNOWN_ACT.writeIn(dir));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.statements[0].act");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("enum");
        });
    }

    @Test
    void anActorWithoutAnIdIsRefused(@TempDir Path dir) {
        InvalidFactsException e = refusal(BrokenFacts.ACTOR_WITHOUT_ID.writeIn(dir));

        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.actors[1]");
            assertThat(p.message()).contains("id");
        });
    }

    @Test
    void aDateThatIsNotOnTheCalendarIsRefused(@TempDir Path dir) {
        InvalidFactsException e = refusal(BrokenFacts.IMPOSSIBLE_DATE.writeIn(dir));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.statements[0].date");
            assertThat(p.message()).contains("2021-13-40");
        });
    }

    @Test
    void aStatementAboutAnUnknownPropositionIsRefused(@TempDir Path dir) {
        InvalidFactsException e = refusal(BrokenFacts.MISSING_PROPOSITION.writeIn(dir));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.statements[1].proposition");
            assertThat(p.message()).contains("no-such-claim");
        });
    }

    @Test
    void everySchemaProblemIsListedNotJustTheFirst(@TempDir Path dir) {
        InvalidFactsException e = refusal(BrokenFacts.SEVERAL_PROBLEMS.writeIn(dir));

        assertThat(e.problems()).extracting(Problem::path)
                .contains("$.statements[0].act", "$.actors[0].wikidata");
    }

    @Test
    void everyRuleProblemIsListedNotJustTheFirst(@TempDir Path dir) {
        InvalidFactsException e = refusal(BrokenFacts.SEVERAL_RULE_PROBLEMS.writeIn(dir));

        assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
                "$.statements[0].date", "$.statements[1].target", "$.statements[1].sentence.text");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(refusal(FIXTURES.resolve("empty.json")).getMessage()).contains("empty.json").contains("empty");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirOffset(@TempDir Path dir) throws IOException {
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xE9, '"', '}'});

        assertThat(refusal(latin1).getMessage()).contains("latin1.json").contains("UTF-8").contains("byte offset 6");
    }

    @Test
    void fiftyMegabytesOfGarbageGetOneClearMessage(@TempDir Path dir) throws IOException {
        Path garbage = dir.resolve("garbage.json");
        byte[] bytes = new byte[50 * 1024 * 1024];
        Random random = new Random(42);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ('a' + random.nextInt(26));
        }
        Files.write(garbage, bytes);

        InvalidFactsException e = refusal(garbage);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).startsWith("not valid JSON");
            assertThat(p.message().length()).isLessThan(400);
        });
    }
}
