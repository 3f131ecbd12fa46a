package org.entente.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * The fields of one tab-separated row, read by position and named for messages; a field that is
 * empty (or one of the dataset's markers of a missing value, such as ICEWS's {@code NA}) is null.
 */
final class Cells {

    private final String[] cells;
    private final String[] names;
    private final Set<String> missing;

    Cells(String[] cells, String[] names, Set<String> missing) {
        this.cells = cells;
        this.names = names;
        this.missing = missing;
    }

    /** The field, stripped, or null if it is missing. */
    String text(int index) {
        String cell = cells[index].strip();
        return cell.isEmpty() || missing.contains(cell) ? null : cell;
    }

    /** The field, which must be present. */
    String required(int index) {
        String cell = text(index);
        if (cell == null) {
            throw new BadRowException(names[index], "the field is empty");
        }
        return cell;
    }

    Integer integer(int index) {
        String cell = text(index);
        try {
            return cell == null ? null : Integer.valueOf(cell);
        } catch (NumberFormatException e) {
            throw new BadRowException(names[index], "\"" + cell + "\" is not a whole number");
        }
    }

    BigDecimal decimal(int index) {
        String cell = text(index);
        try {
            return cell == null ? null : new BigDecimal(cell);
        } catch (NumberFormatException e) {
            throw new BadRowException(names[index], "\"" + cell + "\" is not a number");
        }
    }

    LocalDate day(int index, DateTimeFormatter format) {
        String cell = required(index);
        try {
            return LocalDate.parse(cell, format);
        } catch (DateTimeParseException e) {
            throw new BadRowException(names[index], "\"" + cell + "\" is not a day");
        }
    }
}
