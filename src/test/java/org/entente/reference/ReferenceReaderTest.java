package org.entente.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceReaderTest {

    static final Path MINIMAL = Path.of("src/test/resources/reference-tables/minimal");

    @TempDir
    Path folder;

    /** A copy of the minimal tables, so that a test can break one of them. */
    Path copy() throws IOException {
        try (Stream<Path> files = Files.list(MINIMAL)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder;
    }

    /** Appends a row (cells separated by '|' here, by tabs in the file) and returns its line number. */
    long append(String table, String row) throws IOException {
        Path file = folder.resolve(table);
        Files.writeString(file, row.replace('|', '\t') + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return Files.readAllLines(file).size();
    }

    @Test
    void theTablesReadIntoCheckedRecords() {
        ReferenceData data = ReferenceReader.read(MINIMAL);

        assertThat(data.states()).hasSize(5);
        assertThat(data.memberships()).filteredOn(m -> m.member().equals("FIN")).extracting(Membership::role)
                .containsExactly("member", "partner");
        assertThat(data.tenures()).hasSize(6);
        assertThat(data.states().get(4).until()).isEqualTo(LocalDate.of(1991, 12, 25));
        assertThat(data.states().get(1).aliases()).contains("US", "U.S.");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
            "states.tsv; RUX|RX|Ruxland||||||un-member|||t; \"RUX\" is not an ISO 3166-1 alpha-3 code",
            "memberships.tsv; NATO|XYZ|member|2000-01-01|||t; \"XYZ\" is not a known state or organisation",
            "memberships.tsv; EU|FIN|member|1995-01-01|1994-12-31||t; ends (1994-12-31) before it starts (1995-01-01)",
            "memberships.tsv; NATO|FIN|partner|2020-01-01|||t; overlaps the membership of the same organisation, member and role",
            "tenures.tsv; nato-secretary-general|mark-rutte|2024-09-01||t; overlaps the tenure of the same post",
            "people.tsv; joe-biden|Joe Biden|6279||t; \"6279\" is not a Wikidata id",
            "people.tsv; mark-rutte|Mark Rutte|||t; \"mark-rutte\" is already defined at line",
            "states.tsv; UKR|UX|Ukraine again||||||un-member|||t; \"UKR\" is already defined at",
            "people.tsv; joe-biden|Joe Biden|Q7747||t; Q7747 is already the id of the row at",
            "tenures.tsv; rus-mfa|vladimir-putin|2001-01-01||t; \"rus-mfa\" is a body, not a post",
            "memberships.tsv; NATO|RUS|member|1997-05-27|||; (source): is empty; it is required",
            "treaty-parties.tsv; inf|USA|party|1988-13-01||t; \"1988-13-01\" is not a day on the calendar",
            "decisions.tsv; madrid-1997|Madrid Declaration|WEU|1997-07-08||t; \"WEU\" is not a known organisation",
            "offices.tsv; usa-president|President of the United States|post|USA||President|; (source): is empty",
            "people.tsv; joe-biden|Joe Biden|Q6279||https://www.white house.gov/; \"https://www.white house.gov/\" is not a URL",
            "memberships.tsv; NATO|UKR|member|2030-01-01||t; the row has 6 cells separated by tabs, the header 7"})
    void aBadRowIsRefusedWithItsFileAndLine(String table, String row, String message) throws IOException {
        copy();
        long line = append(table, row);

        assertThatThrownBy(() -> ReferenceReader.read(folder))
                .isInstanceOf(InvalidReferenceException.class)
                .hasMessageContaining("nothing was loaded")
                .hasMessageContaining(folder.resolve(table) + ", line " + line)
                .hasMessageContaining(message);
    }

    @Test
    void everyProblemOfEveryTableIsListed() throws IOException {
        copy();
        append("states.tsv", "RUX|RX|Ruxland||||||un-member|||t");
        append("tenures.tsv", "rus-president|dmitry-medvedev|2011-01-01|2013-01-01|t");

        assertThatThrownBy(() -> ReferenceReader.read(folder))
                .isInstanceOfSatisfying(InvalidReferenceException.class, e -> assertThat(e.problems())
                        .extracting(ReferenceProblem::file)
                        .containsExactly(folder.resolve("states.tsv").toString(), folder.resolve("tenures.tsv").toString(),
                                folder.resolve("tenures.tsv").toString()));
    }

    @Test
    void aSourceCellHoldsSeveralSourcesAndANoteColumnMayFollow() {
        Organisation nato = ReferenceReader.read(MINIMAL).organisations().get(0);

        assertThat(nato.sources()).extracting(Source::value)
                .containsExactly("https://www.nato.int/cps/en/natohq/topics_52044.htm", "Wikidata Q7184");
        assertThat(nato.sources()).extracting(Source::isUrl).containsExactly(true, false);
    }

    @Test
    void aMissingTableOrColumnIsNamed() throws IOException {
        copy();
        Files.delete(folder.resolve("decisions.tsv"));
        Files.writeString(folder.resolve("people.tsv"), "key\tname\twikidata\tsource\nmark-rutte\tMark Rutte\t\tt\n");

        assertThatThrownBy(() -> ReferenceReader.read(folder))
                .hasMessageContaining("decisions.tsv, line 1: the table is missing")
                .hasMessageContaining("people.tsv, line 1: missing columns [aliases]");
    }

    @Test
    void commentsAndBlankLinesKeepTheLineNumbersOfAnEditor() throws IOException {
        copy();
        append("people.tsv", "# a curator's note");
        append("people.tsv", "");
        long line = append("people.tsv", "joe-biden|Joe Biden|Q 6279||t");

        assertThatThrownBy(() -> ReferenceReader.read(folder)).hasMessageContaining("people.tsv, line " + line);
    }
}
