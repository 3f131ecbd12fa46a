package org.entente.reference;

import java.util.List;

/** A named person, keyed by a slug of the usual English name. */
public record Person(String key, String name, String wikidata, List<String> aliases, List<Source> sources) {

    public String actorId() {
        return "person/" + key;
    }
}
