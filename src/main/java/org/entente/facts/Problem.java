package org.entente.facts;

/**
 * One thing wrong with an input file: where (JSON path, 1-based line and column; 0 where unknown)
 * and what, in a sentence a user understands.
 */
public record Problem(String path, int line, int column, String message) {

    @Override
    public String toString() {
        String where = line > 0 ? "line " + line + ", column " + column : "";
        if (path != null && !path.isEmpty()) {
            where = where.isEmpty() ? path : where + " (" + path + ")";
        }
        return where.isEmpty() ? message : where + ": " + message;
    }
}
