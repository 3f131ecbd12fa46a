package org.entente.reference.petrarch;

import org.entente.reference.ReferenceProblem;

import java.util.List;

/**
 * An actor dictionary as read: its entries in file order, and the roles the reader skipped
 * (as PETRARCH does) because their date restriction cannot be read, each with its line.
 */
public record ActorDictionary(String file, List<ActorEntry> entries, List<ReferenceProblem> skipped) {

    public ActorDictionary {
        entries = List.copyOf(entries);
        skipped = List.copyOf(skipped);
    }
}
