package org.entente.reference.petrarch;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A day in a dictionary's role restriction: {@code YYYYMMDD}, or {@code YYMMDD} with PETRARCH's
 * (and KEDS' and TABARI's) century rule: two-digit years 00 to 30 are 2000 to 2030, 31 to 99 are
 * 1931 to 1999.
 */
final class PhoenixDate {

    private static final Pattern DIGITS = Pattern.compile("\\d{6}|\\d{8}");

    private PhoenixDate() {
    }

    /** The day, or an {@link IllegalArgumentException} saying why {@code text} is not one. */
    static LocalDate parse(String text) {
        if (!DIGITS.matcher(text).matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a day YYMMDD or YYYYMMDD");
        }
        int year;
        int at;
        if (text.length() == 8) {
            year = Integer.parseInt(text.substring(0, 4));
            at = 4;
        } else {
            int yy = Integer.parseInt(text.substring(0, 2));
            year = yy <= 30 ? 2000 + yy : 1900 + yy;
            at = 2;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(text.substring(at, at + 2)), Integer.parseInt(text.substring(at + 2)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a day of the calendar");
        }
    }
}
