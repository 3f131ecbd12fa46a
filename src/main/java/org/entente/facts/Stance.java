package org.entente.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** For or against a proposition. */
public enum Stance {
    @JsonProperty("supports") SUPPORTS,
    @JsonProperty("opposes") OPPOSES;

    /** The stance reached by taking this stance on a claim that implies {@code implied}. */
    public Stance then(Stance implied) {
        return this == implied ? SUPPORTS : OPPOSES;
    }

    public Stance negate() {
        return this == SUPPORTS ? OPPOSES : SUPPORTS;
    }
}
