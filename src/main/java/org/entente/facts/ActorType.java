package org.entente.facts;

import java.util.Set;

/** The kinds of entity a facts file can name; each has the id prefix its keys must use. */
public enum ActorType {
    State("state"), Organisation("org"), Alliance("org"), Person("person"), Office("office"),
    Treaty("treaty"), Decision("decision"), NonStateActor("group");

    private static final Set<ActorType> CAN_ACT = Set.of(State, Organisation, Alliance, NonStateActor);

    private final String idPrefix;

    ActorType(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    public String idPrefix() {
        return idPrefix;
    }

    /** Whether an actor of this type can be the one who acts in a statement. */
    public boolean canAct() {
        return CAN_ACT.contains(this);
    }

    /** Whether it can voice an act for a state or organisation. */
    public boolean canSpeak() {
        return this == Person || this == Office || canAct();
    }
}
