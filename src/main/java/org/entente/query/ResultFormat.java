package org.entente.query;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.shared.PrefixMapping;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The ways results can be written: an aligned text table for people, CSV, TSV or SPARQL JSON for programs. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON;

    /** The results as text in this format. */
    public String format(ResultSet results, PrefixMapping prefixes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(results, out, prefixes);
        return out.toString(StandardCharsets.UTF_8);
    }

    public void write(ResultSet results, OutputStream out, PrefixMapping prefixes) {
        switch (this) {
            case TABLE -> TextTable.write(results, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), prefixes);
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
        }
    }
}
