package org.entente.events;

import org.entente.rdf.ActScheme;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code data/event-codes/cameo.tsv} covers CAMEO 1.1b3 and names only act types and PLOVER types that exist. */
class EventCodesTest {

    static final EventCodes CODES = EventCodes.load();

    @Test
    void everyCodeOfCameoIsThereWithItsLeadingZero() {
        List<String> codes = CODES.allCameo().stream().map(EventCodes.Cameo::code).toList();

        assertThat(codes).hasSize(313).doesNotHaveDuplicates()
                .contains("01", "010", "0211", "040", "0841", "1056", "1385", "175", "2042", "20")
                .allSatisfy(code -> assertThat(code).matches("(0[1-9]|1[0-9]|20)[0-9]{0,2}"));
        for (int root = 1; root <= 20; root++) {
            assertThat(CODES.cameo(String.format("%02d", root))).as("root " + root).isPresent();
        }
        assertThat(codes).allSatisfy(code -> assertThat(CODES.cameo(code.substring(0, 2))).isPresent());
    }

    @Test
    void everyActTypeIsEntentesAndEveryPloverTypeIsPlovers() {
        ActScheme acts = ActScheme.load();
        Set<String> ploverTypes = CODES.allPlover().stream().map(EventCodes.Plover::type).collect(Collectors.toSet());

        for (EventCodes.Cameo code : CODES.allCameo()) {
            if (code.act() != null) {
                assertThat(acts.concept(code.act())).as(code.code()).isNotNull();
            }
            if (code.plover() != null) {
                assertThat(ploverTypes).as(code.code()).contains(code.plover());
            }
            assertThat(code.quad()).as(code.code()).isBetween(1, 4);
        }
        CODES.allPlover().stream().filter(type -> type.act() != null).forEach(type -> assertThat(acts.concept(type.act())).isNotNull());
    }

    @Test
    void theCodesMapAsTheReadmeTableSays() {
        assertThat(CODES.cameo("046")).get().extracting(EventCodes.Cameo::act, EventCodes.Cameo::plover, EventCodes.Cameo::quad)
                .containsExactly("CONSULT", "CONSULT", 1);
        assertThat(CODES.cameo("0841")).get().extracting(EventCodes.Cameo::act, EventCodes.Cameo::plover, EventCodes.Cameo::quad)
                .containsExactly(null, "RETREAT", 2);
        assertThat(CODES.cameo("112")).get().extracting(EventCodes.Cameo::act, EventCodes.Cameo::plover).containsExactly("ACCUSE", "ACCUSE");
        assertThat(CODES.cameo("163")).get().extracting(EventCodes.Cameo::act, EventCodes.Cameo::plover).containsExactly("SANCTION", "COERCE");
        assertThat(CODES.cameo("020")).get().extracting(EventCodes.Cameo::act, EventCodes.Cameo::plover).containsExactly("REQUEST", null);
        assertThat(CODES.cameo("190")).get().extracting(EventCodes.Cameo::act, EventCodes.Cameo::plover, EventCodes.Cameo::quad)
                .containsExactly(null, "ASSAULT", 4);
        assertThat(CODES.cameo("999")).isEmpty();
    }
}
