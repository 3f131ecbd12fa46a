package org.entente.events;

/** An event dataset Entente imports; its name is the imported statements' {@code ent:method} and part of their IRIs. */
public enum Dataset {
    GDELT, ICEWS, PLOVER;

    /** {@code gdelt}, {@code icews}, {@code plover}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
