package org.entente.query;

import java.util.Locale;

/**
 * One name of an entity of the reference graph ({@code the Kremlin} of {@code state/RUS}), with the
 * entity's key and label, and whether it is a former one (the Soviet Union, dissolved).
 */
record EntityName(String iri, String key, String label, String name, boolean former) {

    /** How names are compared: case, spacing and a leading "the" do not count. */
    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
    }

    boolean isCalled(String text) {
        return normalise(name).equals(normalise(text));
    }

    /** The entity for a person: {@code Russia (state/RUS)}. */
    String shown() {
        return label + " (" + key + ")";
    }
}
