package org.entente.reference;

import org.entente.io.TsvFile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One row of a reference table ({@link TsvFile.Row}) read as reference data: reading a cell that
 * breaks the format records a problem and returns null, so that every problem of a table is found
 * in one pass.
 */
final class TsvRow {

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private final TsvFile.Row row;

    TsvRow(TsvFile.Row row) {
        this.row = row;
    }

    String file() {
        return row.file().toString();
    }

    int line() {
        return row.line();
    }

    ReferenceProblem problem(String column, String message) {
        return new ReferenceProblem(file(), line(), column, message);
    }

    /** The cell, or null where it is empty. */
    String optional(String column) {
        String value = row.get(column);
        return value == null || value.isEmpty() ? null : value;
    }

    /** The cell, which must not be empty. */
    String required(String column, List<ReferenceProblem> problems) {
        String value = optional(column);
        if (value == null) {
            problems.add(problem(column, "is empty; it is required"));
        }
        return value;
    }

    /** The {@code |}-separated values of the cell; none where it is empty. */
    List<String> values(String column) {
        String value = optional(column);
        return value == null ? List.of() : Arrays.stream(value.split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** A {@code YYYY-MM-DD} day, or null where the cell is empty or not a day on the calendar (a problem then). */
    LocalDate date(String column, List<ReferenceProblem> problems) {
        String value = optional(column);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() != 10) {
                throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(problem(column, "\"" + value + "\" is not a day on the calendar (YYYY-MM-DD)"));
            return null;
        }
    }

    LocalDate requiredDate(String column, List<ReferenceProblem> problems) {
        return required(column, problems) == null ? null : date(column, problems);
    }

    /** A Wikidata id ({@code Q} + digits), or null where the cell is empty or malformed (a problem then). */
    String wikidata(String column, List<ReferenceProblem> problems) {
        String value = optional(column);
        if (value != null && !QID.matcher(value).matches()) {
            problems.add(problem(column, "\"" + value + "\" is not a Wikidata id (Q followed by digits)"));
            return null;
        }
        return value;
    }

    /** The cell, which must be one of {@code allowed}; null (and a problem) otherwise. */
    String oneOf(String column, List<String> allowed, List<ReferenceProblem> problems) {
        String value = required(column, problems);
        if (value != null && !allowed.contains(value)) {
            problems.add(problem(column, "\"" + value + "\" is not one of " + allowed));
            return null;
        }
        return value;
    }

    /** The period from {@code startColumn} to {@code endColumn}; null (and a problem) if it ends before it starts. */
    Period period(String startColumn, String endColumn, List<ReferenceProblem> problems) {
        LocalDate start = requiredDate(startColumn, problems);
        LocalDate end = date(endColumn, problems);
        if (start == null) {
            return null;
        }
        if (end != null && end.isBefore(start)) {
            problems.add(problem(endColumn, "ends (" + end + ") before it starts (" + start + ")"));
            return null;
        }
        return new Period(start, end);
    }
}
