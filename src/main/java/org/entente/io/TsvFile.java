package org.entente.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated rule or template file: {@code #} comment lines and blank lines anywhere, then a
 * header line naming the columns, then one row a line (IANA {@code text/tab-separated-values}, no
 * quoting). Cells are read by their column's name, so the header is never taken for a row and the
 * columns may come in any order.
 */
public final class TsvFile {

    /** One row: its line in the file (from 1) and its cells by column name. */
    public record Row(Path file, int line, Map<String, String> cells) {

        /** The cell of {@code column}, stripped; the header has it, so it is never null. */
        public String get(String column) {
            return cells.get(column);
        }

        /** A message naming the file, the line and the column, for a cell that breaks the file's rules. */
        public IllegalArgumentException problem(String column, String message) {
            return new IllegalArgumentException(file.getFileName() + ", line " + line + ", column " + column + ": " + message);
        }
    }

    private TsvFile() {
    }

    /** The rows of {@code file}, whose header must name every column of {@code columns}. */
    public static List<Row> read(Path file, List<String> columns) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        int headerLine = nextRow(lines, 0);
        if (headerLine >= lines.size()) {
            throw new IllegalArgumentException(file.getFileName() + ": no header line naming the columns " + columns);
        }
        List<String> header = List.of(lines.get(headerLine).split("\t", -1));
        List<String> missing = columns.stream().filter(column -> !header.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(file.getFileName() + ", line " + (headerLine + 1) + ": the header "
                    + header + " lacks the columns " + missing);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = nextRow(lines, headerLine + 1); i < lines.size(); i = nextRow(lines, i + 1)) {
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length != header.size()) {
                throw new IllegalArgumentException(file.getFileName() + ", line " + (i + 1) + ": the row has "
                        + cells.length + " cells separated by tabs, the header " + header.size());
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
