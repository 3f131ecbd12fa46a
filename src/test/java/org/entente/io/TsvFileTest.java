package org.entente.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TsvFileTest {

    @TempDir
    Path folder;

    Path write(String text) throws IOException {
        return Files.writeString(folder.resolve("table.tsv"), text.replace('|', '\t'));
    }

    @Test
    void cellsAreReadByColumnNameAfterCommentsAndBeforeTheRows() throws IOException {
        Path file = write("# a comment\n\nb|a\n# between rows\n 2 |1\n");

        List<TsvFile.Row> rows = TsvFile.read(file, List.of("a", "b"));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(5);
            assertThat(row.get("a")).isEqualTo("1");
            assertThat(row.get("b")).isEqualTo("2");
        });
    }

    @Test
    void theStrictReaderStopsAtTheFirstProblemWithItsFileAndLine() throws IOException {
        Path file = write("a|b\n1|2\n3\n4\n");

        assertThatThrownBy(() -> TsvFile.read(file, List.of("a", "b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("table.tsv, line 3: the row has 1 cells separated by tabs, the header 2");
    }

    @Test
    void theCollectingReaderReportsEveryProblemAndKeepsTheRowsItCanRead() throws IOException {
        Path file = write("a|b\n1|2\n3\n4|5\n6\n");
        List<TsvFile.Problem> problems = new ArrayList<>();

        List<TsvFile.Row> rows = TsvFile.read(file, TsvFile.Columns.atLeast(List.of("a", "b")), problems::add);

        assertThat(rows).extracting(TsvFile.Row::line).containsExactly(2, 4);
        assertThat(problems).extracting(TsvFile.Problem::line).containsExactly(3, 5);
    }

    @Test
    void anExactHeaderRefusesUnknownColumnsButNotOptionalOnes() throws IOException {
        Path file = write("a|note|extra\n1|2|3\n");
        List<TsvFile.Problem> problems = new ArrayList<>();

        List<TsvFile.Row> rows = TsvFile.read(file, TsvFile.Columns.exactly(List.of("a"), List.of("note")), problems::add);

        assertThat(rows).isEmpty();
        assertThat(problems).extracting(TsvFile.Problem::message).containsExactly("unknown columns [extra]; the table has [a]");
        assertThat(TsvFile.read(file, List.of("a"))).hasSize(1);
    }

    @Test
    void aFileThatCannotBeReadIsAProblemOfItsFirstLine() {
        List<TsvFile.Problem> problems = new ArrayList<>();

        TsvFile.read(folder.resolve("missing.tsv"), TsvFile.Columns.atLeast(List.of("a")), problems::add);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).startsWith("cannot read the file");
        });
    }
}
