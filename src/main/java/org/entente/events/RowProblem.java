package org.entente.events;

import java.nio.file.Path;

/** A row of an event file that was not imported, and why: the file, the line (from 1) and the field. */
public record RowProblem(Path file, long line, String field, String message) {

    @Override
    public String toString() {
        return file.getFileName() + ", line " + line + (field == null ? "" : ", field " + field) + ": " + message;
    }
}
