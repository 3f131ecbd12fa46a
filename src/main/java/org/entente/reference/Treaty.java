package org.entente.reference;

import java.time.LocalDate;
import java.util.List;

/** A treaty or agreement with the days it was signed, entered into force and ended. */
public record Treaty(String key, String name, String wikidata, List<String> aliases, LocalDate signed,
                     LocalDate inForce, LocalDate ended, List<Source> sources) {

    public String actorId() {
        return "treaty/" + key;
    }
}
