package org.entente.events;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one file of a dataset a row at a time, so a file far larger than memory streams through. */
public interface EventReader {

    Dataset dataset();

    /** Whether {@code file}, found in a folder given to import, is one of this dataset's files. */
    boolean accepts(Path file);

    /** Hands every event of {@code file} to {@code sink}, and every row it cannot read as a problem. */
    void read(Path file, EventSink sink) throws IOException;
}
