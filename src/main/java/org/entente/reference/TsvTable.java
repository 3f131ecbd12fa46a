package org.entente.reference;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One tab-separated table (IANA {@code text/tab-separated-values}: a header line of column names,
 * then one row a line, cells split by tabs, no quoting). Lines starting with {@code #} and blank
 * lines are skipped but counted, so rows keep the line numbers a curator sees in an editor.
 */
final class TsvTable {

    private TsvTable() {
    }

    /**
     * The rows of {@code file} whose header has every column of {@code columns} and no other but
     * {@code optional} ones; any
     * problem (unreadable file, missing or unknown column, a row with the wrong number of cells) is
     * added to {@code problems} and the rows that cannot be read are left out.
     */
    static List<TsvRow> read(Path file, String name, List<String> columns, List<String> optional,
                             List<ReferenceProblem> problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            problems.add(new ReferenceProblem(name, 1, null, "not UTF-8 text"));
            return List.of();
        } catch (IOException e) {
            problems.add(new ReferenceProblem(name, 1, null, "cannot read the file: " + e.getMessage()));
            return List.of();
        }
        int headerLine = firstDataLine(lines, 0);
        if (headerLine >= lines.size()) {
            problems.add(new ReferenceProblem(name, 1, null, "no header line naming the columns " + columns));
            return List.of();
        }
        List<String> header = List.of(lines.get(headerLine).split("\t", -1));
        if (!checkHeader(header, columns, optional, name, headerLine + 1, problems)) {
            return List.of();
        }
        List<TsvRow> rows = new ArrayList<>();
        for (int i = firstDataLine(lines, headerLine + 1); i < lines.size(); i = firstDataLine(lines, i + 1)) {
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length != header.size()) {
                problems.add(new ReferenceProblem(name, i + 1, null, "the row has " + cells.length
                        + " cells separated by tabs, the header " + header.size()));
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < cells.length; c++) {
                values.put(header.get(c), cells[c].strip());
            }
            rows.add(new TsvRow(name, i + 1, values));
        }
        return rows;
    }

    private static boolean checkHeader(List<String> header, List<String> columns, List<String> optional, String name, int line,
                                       List<ReferenceProblem> problems) {
        List<String> missing = columns.stream().filter(column -> !header.contains(column)).toList();
        List<String> unknown = header.stream()
                .filter(column -> !columns.contains(column) && !optional.contains(column)).toList();
        if (!missing.isEmpty()) {
            problems.add(new ReferenceProblem(name, line, null, "missing columns " + missing + "; the table needs " + columns));
        }
        if (!unknown.isEmpty()) {
            problems.add(new ReferenceProblem(name, line, null, "unknown columns " + unknown + "; the table has " + columns));
        }
        return missing.isEmpty() && unknown.isEmpty();
    }

    private static int firstDataLine(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && (lines.get(i).isBlank() || lines.get(i).startsWith("#"))) {
            i++;
        }
        return i;
    }
}
