package org.entente.cli;

import org.entente.reference.ReferenceData;
import org.entente.reference.petrarch.PhoenixDictionaries;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The actor dictionaries that resolve names in extraction: the packaged Phoenix ones and an analyst's own. */
final class DictionaryOptions {

    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "An actor dictionary in PETRARCH-2 format to resolve names with, besides the packaged Phoenix dictionaries; its names win over theirs, the reference tables' over both. Repeatable.")
    List<Path> files = new ArrayList<>();

    /** The reference tables with what the dictionaries add. */
    ReferenceData withDictionaries(ReferenceData tables) {
        return PhoenixDictionaries.withDictionaries(tables, files);
    }
}
