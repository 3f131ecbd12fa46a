package org.entente.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A tab-separated table, rule or template file: {@code #} comment lines and blank lines anywhere
 * (skipped but counted, so rows keep the line numbers an editor shows), then a header line naming
 * the columns, then one row a line (IANA {@code text/tab-separated-values}, no quoting). Cells are
 * read by their column's name, so the header is never taken for a row and the columns may come in
 * any order.
 *
 * <p>{@link #read(Path, List)} stops at the first problem; {@link #read(Path, Columns, Consumer)}
 * reports every problem of the file and leaves out the rows it cannot read, for callers that list
 * all the problems of a set of files at once.
 */
public final class TsvFile {

    /** One row: its line in the file (from 1) and its cells by column name. */
    public record Row(Path file, int line, Map<String, String> cells) {

        /** The cell of {@code column}, stripped; null only for a column the header lacks. */
        public String get(String column) {
            return cells.get(column);
        }

        /** A message naming the file, the line and the column, for a cell that breaks the file's rules. */
        public IllegalArgumentException problem(String column, String message) {
            return new IllegalArgumentException(file.getFileName() + ", line " + line + ", column " + column + ": " + message);
        }
    }

    /** What is wrong with the file as a table: its line (from 1) and what. */
    public record Problem(Path file, int line, String message) {
    }

    /**
     * The columns a header must name ({@code required}) and the others it may name: {@code optional}
     * ones only, or any where {@code othersAllowed}.
     */
    public record Columns(List<String> required, List<String> optional, boolean othersAllowed) {

        /** Every column of {@code required}, and any other. */
        public static Columns atLeast(List<String> required) {
            return new Columns(required, List.of(), true);
        }

        /** Every column of {@code required}, and no other but {@code optional} ones. */
        public static Columns exactly(List<String> required, List<String> optional) {
            return new Columns(required, optional, false);
        }

        private List<String> unknown(List<String> header) {
            return othersAllowed ? List.of()
                    : header.stream().filter(column -> !required.contains(column) && !optional.contains(column)).toList();
        }
    }

    private TsvFile() {
    }

    /**
     * The rows of {@code file}, whose header must name every column of {@code columns}; a file that
     * breaks the format is refused with an {@link IllegalArgumentException} naming the file and line.
     */
    public static List<Row> read(Path file, List<String> columns) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return parse(file, lines, columns);
    }

    /** The rows of {@code lines}, read as {@link #read(Path, List)} reads a file; {@code name} names them in messages. */
    public static List<Row> parse(Path name, List<String> lines, List<String> columns) {
        return rows(name, lines, Columns.atLeast(columns), problem -> {
            throw new IllegalArgumentException(name.getFileName() + ", line " + problem.line() + ": " + problem.message());
        });
    }

    /**
     * The rows of {@code file} that can be read; every problem (an unreadable file, a missing or
     * unknown column, a row with the wrong number of cells) goes to {@code problems}. Where the
     * header is wrong, no row is read.
     */
    public static List<Row> read(Path file, Columns columns, Consumer<Problem> problems) {
        try {
            return rows(file, Files.readAllLines(file, StandardCharsets.UTF_8), columns, problems);
        } catch (CharacterCodingException e) {
            problems.accept(new Problem(file, 1, "not UTF-8 text"));
        } catch (IOException e) {
            problems.accept(new Problem(file, 1, "cannot read the file: " + e.getMessage()));
        }
        return List.of();
    }

    private static List<Row> rows(Path file, List<String> lines, Columns columns, Consumer<Problem> problems) {
        int headerLine = nextRow(lines, 0);
        if (headerLine >= lines.size()) {
            problems.accept(new Problem(file, 1, "no header line naming the columns " + columns.required()));
            return List.of();
        }
        List<String> header = List.of(lines.get(headerLine).split("\t", -1));
        List<String> missing = columns.required().stream().filter(column -> !header.contains(column)).toList();
        List<String> unknown = columns.unknown(header);
        if (!missing.isEmpty()) {
            problems.accept(new Problem(file, headerLine + 1, "missing columns " + missing + "; the table needs " + columns.required()));
        }
        if (!unknown.isEmpty()) {
            problems.accept(new Problem(file, headerLine + 1, "unknown columns " + unknown + "; the table has " + columns.required()));
        }
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (int i = nextRow(lines, headerLine + 1); i < lines.size(); i = nextRow(lines, i + 1)) {
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length != header.size()) {
                problems.accept(new Problem(file, i + 1, "the row has " + cells.length + " cells separated by tabs, the header "
                        + header.size()));
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < cells.length; c++) {
                values.put(header.get(c), cells[c].strip());
            }
            rows.add(new Row(file, i + 1, values));
        }
        return rows;
    }

    private static int nextRow(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && (lines.get(i).isBlank() || lines.get(i).startsWith("#"))) {
            i++;
        }
        return i;
    }
}
