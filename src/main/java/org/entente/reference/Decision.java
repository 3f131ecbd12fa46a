package org.entente.reference;

import java.time.LocalDate;
import java.util.List;

/** A decision or declaration of an organisation, such as NATO's 2008 Bucharest Summit Declaration. */
public record Decision(String key, String name, String organisation, LocalDate date, String wikidata, List<Source> sources) {

    public String actorId() {
        return "decision/" + key;
    }
}
