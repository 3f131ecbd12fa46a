package org.entente.events;

import org.entente.SampleData;
import org.entente.reference.ReferenceReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The actor mapping of the README's table, row by row, on the reference tables of {@code data/reference/}. */
class ActorCodesTest {

    static final ActorCodes ACTORS = ActorCodes.read(ReferenceReader.read(SampleData.REFERENCE),
            Path.of("data/event-codes"), Path.of("data/dictionaries"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "RUS|state/RUS|Russia|-",
            "NORGOV|state/NOR|Norway|GOV",
            "USAMILREB|state/USA|United States|MIL REB",
            "KSV|state/XKX|Kosovo|-",
            "ROMGOV|state/ROU|Romania|GOV",
            "AFR|coded/cameo/AFR|Africa|-",
            "IGOUNO|org/UN|United Nations|-",
            "IGOEUREEC|org/EU|European Union|-",
            "IGOWSTNAT|org/NATO|NATO|-",
            "IGOUNODEVWBK|org/UN|United Nations|-",
            "CVL|coded/cameo/CVL|CVL|CVL",
            "JAP|coded/cameo/JAP|JAP|JAP"})
    void aCameoActorCodeStandsForItsStateOrganisationOrItself(String code, String id, String label, String sectors) {
        EventActor actor = ACTORS.cameo(code, List.of());

        assertThat(actor.id()).isEqualTo(id);
        assertThat(actor.label()).isEqualTo(label);
        assertThat(actor.code()).isEqualTo(code);
        assertThat(actor.sectors()).isEqualTo(sectors == null ? List.of() : Arrays.asList(sectors.split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "European Union|-|org/EU",
            "North Atlantic Treaty Organization|-|org/NATO",
            "Foreign Affairs (Bangladesh)|Bangladesh|state/BGD",
            "Sergey Viktorovich Lavrov|Russian Federation|state/RUS",
            "Russia|Russian Federation|state/RUS",
            "Unspecified Actor|-|coded/icews/unspecified-actor"})
    void anIcewsNameStandsForItsOrganisationItsCountryOrItself(String name, String country, String id) {
        assertThat(ACTORS.named(name, List.of("Government"), country).id()).isEqualTo(id);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {"IGO|European Community|org/EEC", "IGO|U.N. Security Council|org/UNSC",
            "IGO|Asia-Pacific Economic Cooperation|coded/cameo/IGO", "HUN|Hungary|state/HUN"})
    void aPloverActorWithTheBareOrganisationCodeIsTheOrganisationItNames(String code, String text, String id) {
        assertThat(ACTORS.plover(code, text, "GOV").id()).isEqualTo(id);
    }
}
