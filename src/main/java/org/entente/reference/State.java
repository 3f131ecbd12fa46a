package org.entente.reference;

import java.time.LocalDate;
import java.util.List;

/** A state, keyed by its ISO 3166-1 alpha-3 code; {@code from} and {@code until} bound a former state's existence. */
public record State(String iso3, String iso2, String name, String wikidata, List<String> aliases, List<String> demonyms,
                    String capital, List<String> metonyms, String status, LocalDate from, LocalDate until, List<Source> sources) {

    public static final List<String> STATUSES = List.of("un-member", "un-observer", "other", "former");

    public String actorId() {
        return "state/" + iso3;
    }
}
