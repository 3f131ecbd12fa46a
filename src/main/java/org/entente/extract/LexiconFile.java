package org.entente.extract;

import org.entente.io.ClasspathResources;
import org.entente.io.TsvFile;

import java.util.List;

/** A tab-separated rule file of {@code data/lexicon/} (packaged under {@code /lexicon}), read by its header's column names. */
final class LexiconFile {

    private LexiconFile() {
    }

    /** The rows of the packaged file {@code name}, whose header names every column of {@code columns}. */
    static List<TsvFile.Row> packaged(String name, List<String> columns) {
        return ClasspathResources.folder("/lexicon", folder -> TsvFile.read(folder.resolve(name), columns));
    }
}
