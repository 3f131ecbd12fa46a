package org.entente.reference.petrarch;

import java.util.List;
import java.util.stream.Stream;

/**
 * One entry of an actor dictionary: its name and synonyms (words in capitals, one space between,
 * as {@code PAUL BIYA}), its roles, and the line it starts on.
 */
public record ActorEntry(String name, List<String> synonyms, List<ActorRole> roles, int line) {

    public ActorEntry {
        synonyms = List.copyOf(synonyms);
        roles = List.copyOf(roles);
    }

    /** The name, then the synonyms. */
    public List<String> names() {
        return Stream.concat(Stream.of(name), synonyms.stream()).toList();
    }

    /** Whether some role applies on given days only: the entry is then an office holder's. */
    public boolean hasDatedRole() {
        return roles.stream().anyMatch(role -> !role.isDefault());
    }
}
