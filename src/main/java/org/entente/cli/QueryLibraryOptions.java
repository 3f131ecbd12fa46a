package org.entente.cli;

import org.entente.query.QueryLibrary;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where named queries come from: a folder, or the copy of {@code queries/} inside the jar. */
final class QueryLibraryOptions {

    @Option(names = "--queries", paramLabel = "DIR", description = "Folder of named queries (default: the queries packaged with Entente).")
    Path folder;

    QueryLibrary library() {
        return folder == null ? QueryLibrary.fromClasspath() : QueryLibrary.fromFolder(folder);
    }
}
