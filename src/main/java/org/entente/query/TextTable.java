package org.entente.query;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Results as an aligned text table for people: literals by their text (no quotes, language tags or
 * datatypes), IRIs shortened with the known prefixes ({@code id:state/RUS}), empty cells for unbound
 * variables. Programs should use CSV, TSV or JSON, which keep every term exactly.
 */
final class TextTable {

    private TextTable() {
    }

    static void write(ResultSet results, PrintWriter out, PrefixMapping prefixes) {
        List<String> columns = results.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            rows.add(columns.stream().map(column -> cell(solution.get(column), prefixes)).toList());
        }
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        line(out, columns, widths);
        out.println(rule(widths));
        rows.forEach(row -> line(out, row, widths));
        out.printf("(%d %s)%n", rows.size(), rows.size() == 1 ? "row" : "rows");
        out.flush();
    }

    private static String cell(RDFNode node, PrefixMapping prefixes) {
        if (node == null) {
            return "";
        }
        if (node.isLiteral()) {
            return node.asLiteral().getLexicalForm().replaceAll("\\s+", " ");
        }
        return node.isURIResource() ? prefixes.shortForm(node.asResource().getURI()) : node.toString();
    }

    private static void line(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int c = 0; c < widths.length; c++) {
            line.append(' ').append(cells.get(c)).append(" ".repeat(widths[c] - cells.get(c).length())).append(" |");
        }
        out.println(line);
    }

    private static String rule(int[] widths) {
        StringBuilder rule = new StringBuilder("|");
        for (int width : widths) {
            rule.append("-".repeat(width + 2)).append('|');
        }
        return rule.toString();
    }
}
