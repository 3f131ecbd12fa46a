package org.entente.extract;

import org.entente.io.ClasspathResources;
import org.entente.io.TsvFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The event codes an extracted act carries: its CAMEO code by act type ({@code data/lexicon/act-codes.tsv})
 * and that code's PLOVER type ({@code data/event-codes/cameo.tsv}, the table the event importers use).
 */
final class ActCodes {

    private final Map<String, String> cameoByAct = new HashMap<>();
    private final Map<String, String> ploverByCameo = new HashMap<>();

    private ActCodes(List<TsvFile.Row> acts, List<TsvFile.Row> cameo) {
        cameo.forEach(row -> ploverByCameo.put(row.get("cameo"), row.get("plover")));
        for (TsvFile.Row row : acts) {
            if (!ploverByCameo.containsKey(row.get("cameo"))) {
                throw row.problem("cameo", "no CAMEO code " + row.get("cameo") + " in event-codes/cameo.tsv");
            }
            cameoByAct.put(row.get("act"), row.get("cameo"));
        }
    }

    static ActCodes load() {
        return new ActCodes(LexiconFile.packaged("act-codes.tsv", List.of("act", "cameo")),
                ClasspathResources.folder("/event-codes", folder -> TsvFile.read(folder.resolve("cameo.tsv"), List.of("cameo", "plover"))));
    }

    /** The CAMEO code of the act type. */
    String cameo(String act) {
        String code = cameoByAct.get(act);
        if (code == null) {
            throw new IllegalStateException("act-codes.tsv has no row for the act " + act);
        }
        return code;
    }

    /** The PLOVER type of the act type's CAMEO code, or null where PLOVER has none. */
    String plover(String act) {
        String type = ploverByCameo.get(cameo(act));
        return type == null || type.isEmpty() ? null : type;
    }
}
