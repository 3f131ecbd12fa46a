package org.entente.reference;

import java.util.List;

/**
 * An actor that is neither a state nor an organisation of states: an armed group, an insurgency,
 * an NGO, a company. Keyed by a slug of its name; {@code code} is its dictionary code (CAMEO), e.g.
 * {@code YEMREB}; {@code source} the dictionary file and line it comes from.
 */
public record NonStateActor(String key, String name, String code, List<String> aliases, String source) {

    public NonStateActor {
        aliases = List.copyOf(aliases);
    }

    public String actorId() {
        return "group/" + key;
    }
}
