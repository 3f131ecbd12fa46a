package org.entente.events;

import java.util.List;

/**
 * The actor or target of an event: the reference entity its code or name stands for
 * ({@code state/RUS}, {@code org/NATO}), or, where the reference tables know none, a coded actor
 * kept under its code ({@code coded/cameo/AFR}) or name ({@code coded/icews/unspecified-actor});
 * with the code as the dataset gives it and its sectors (CAMEO role codes, ICEWS sectors).
 */
public record EventActor(String id, Kind kind, String label, String code, List<String> sectors) {

    /** What the actor is in the ontology. */
    public enum Kind { STATE, ORGANISATION, ALLIANCE, CODED }

    public EventActor {
        sectors = List.copyOf(sectors);
    }
}
