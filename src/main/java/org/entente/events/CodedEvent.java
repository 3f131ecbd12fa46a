package org.entente.events;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One event of a dataset, as Entente keeps it: who did what ({@code act}, the Entente act type, where
 * one fits; {@code cameo} and {@code plover}, the dataset's codes) toward whom on which day, with the
 * dataset's measures (null where the dataset has none) and where it happened.
 */
public record CodedEvent(Dataset dataset, String id, LocalDate day, EventActor actor, EventActor target,
                         String act, String cameo, String plover, Integer quadClass, BigDecimal goldstein,
                         Integer mentions, Integer sources, Integer articles, BigDecimal tone,
                         String sourceUrl, Place place, String text) {

    /** Where the event happened: a name and, if known, a WGS 84 point. */
    public record Place(String name, BigDecimal latitude, BigDecimal longitude) {

        public boolean hasPoint() {
            return latitude != null && longitude != null;
        }
    }
}
