package org.entente.reference;

/** One thing wrong in a reference table: the file, the 1-based line, the column if one is at fault, and what. */
public record ReferenceProblem(String file, int line, String column, String message) {

    @Override
    public String toString() {
        return file + ", line " + line + (column == null ? "" : " (" + column + ")") + ": " + message;
    }
}
