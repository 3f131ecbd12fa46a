package org.entente.reference;

import java.time.LocalDate;

/** Days from {@code start} to {@code end}, both included; a null end means "still so". */
public record Period(LocalDate start, LocalDate end) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    /** Whether the two share more than one day: a handover day, the last of one and the first of the other, is allowed. */
    public boolean overlaps(Period other) {
        boolean thisEndsFirst = end != null && !end.isAfter(other.start);
        boolean otherEndsFirst = other.end != null && !other.end.isAfter(start);
        return !thisEndsFirst && !otherEndsFirst;
    }

    @Override
    public String toString() {
        return start + " to " + (end == null ? "now" : end);
    }
}
