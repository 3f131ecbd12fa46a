package org.entente.query;

import org.entente.facts.BadInputException;

import java.util.Arrays;
import java.util.Locale;

/**
 * What an entity parameter may name, by the first segment of its key: {@code state/RUS},
 * {@code org/NATO}, {@code proposition/membership-UKR-NATO}. A query declares the kinds it takes
 * as {@code entity(state|org)}.
 */
public enum EntityKind {
    STATE("state", "a state"),
    ORG("org", "an organisation"),
    GROUP("group", "a non-state group"),
    PERSON("person", "a person"),
    OFFICE("office", "an office"),
    TREATY("treaty", "a treaty"),
    DECISION("decision", "a decision"),
    PROPOSITION("proposition", "a proposition"),
    ARTICLE("article", "an article"),
    CODED("coded", "an actor of an event dataset");

    private final String prefix;
    private final String noun;

    EntityKind(String prefix, String noun) {
        this.prefix = prefix;
        this.noun = noun;
    }

    /** The first segment of the keys of this kind, without the slash: {@code org}. */
    public String prefix() {
        return prefix;
    }

    /** The kind in a sentence: "an organisation". */
    public String noun() {
        return noun;
    }

    /** The kind of a key ({@code org/NATO}), or null if its first segment is none of the kinds. */
    static EntityKind ofKey(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? null
                : Arrays.stream(values()).filter(kind -> kind.prefix.equals(key.substring(0, slash))).findFirst().orElse(null);
    }

    static EntityKind parse(String word) {
        return Arrays.stream(values()).filter(kind -> kind.prefix.equals(word.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new BadInputException("no entity kind \"" + word + "\"; kinds: "
                        + String.join(", ", Arrays.stream(values()).map(EntityKind::prefix).toList())));
    }
}
