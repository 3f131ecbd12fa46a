package org.entente.reference;

import java.time.LocalDate;
import java.util.List;

/** An international organisation or alliance, keyed by its acronym. */
public record Organisation(String key, String name, String type, String wikidata, List<String> aliases,
                           LocalDate founded, LocalDate dissolved, String seat, List<String> metonyms, List<Source> sources) {

    public static final List<String> TYPES = List.of("Alliance", "Organisation");

    public String actorId() {
        return "org/" + key;
    }
}
