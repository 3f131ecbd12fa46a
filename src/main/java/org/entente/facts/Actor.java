package org.entente.facts;

import java.util.List;

/**
 * An entity the article mentions, with a key such as {@code state/RUS} or {@code org/NATO} that
 * becomes its IRI. Persons and offices name the state or organisation they speak for.
 */
public record Actor(String id, ActorType type, String label, String wikidata, String speaksFor,
                    List<Span> mentions) {

    public Actor {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** The part of the id after the kind, e.g. {@code RUS} for {@code state/RUS}. */
    public String key() {
        return id.substring(id.indexOf('/') + 1);
    }
}
