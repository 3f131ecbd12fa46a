package org.entente.extract;

import org.entente.events.EventCodes;
import org.entente.io.TsvFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The event codes an extracted act carries: its CAMEO code by act type ({@code data/lexicon/act-codes.tsv})
 * and that code's PLOVER type from the event-code tables the importers use ({@link EventCodes}).
 */
final class ActCodes {

    private final Map<String, EventCodes.Cameo> byAct = new HashMap<>();

    private ActCodes(List<TsvFile.Row> acts, EventCodes codes) {
        for (TsvFile.Row row : acts) {
            byAct.put(row.get("act"), codes.cameo(row.get("cameo"))
                    .orElseThrow(() -> row.problem("cameo", "no CAMEO code " + row.get("cameo") + " in event-codes/cameo.tsv")));
        }
    }

    static ActCodes load() {
        return new ActCodes(LexiconFile.packaged("act-codes.tsv", List.of("act", "cameo")), EventCodes.load());
    }

    /** The CAMEO code of the act type. */
    String cameo(String act) {
        return of(act).code();
    }

    /** The PLOVER type of the act type's CAMEO code, or null where PLOVER has none. */
    String plover(String act) {
        return of(act).plover();
    }

    private EventCodes.Cameo of(String act) {
        EventCodes.Cameo code = byAct.get(act);
        if (code == null) {
            throw new IllegalStateException("act-codes.tsv has no row for the act " + act);
        }
        return code;
    }
}
