package org.entente.facts;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A typed claim that actors can support or oppose, e.g. {@code membership(Ukraine, NATO)}. The
 * same id in two files names the same claim. {@code implies} carries a stance on to other claims.
 */
public record Proposition(String id, String type, String text, List<Argument> args,
                          List<Implication> implies) {

    public Proposition {
        args = args == null ? List.of() : List.copyOf(args);
        implies = implies == null ? List.of() : List.copyOf(implies);
    }

    /** One role of the claim, filled either by an actor id or by a literal value (the other is left out). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Argument(String role, String actor, String value) {
    }

    /** Supporting the claim means taking {@code stance} on {@code proposition}. */
    public record Implication(String proposition, Stance stance) {
    }
}
