package org.entente.cli;

import org.entente.io.ClasspathResources;
import org.entente.rdf.IriScheme;
import org.entente.rdf.NamedGraph;
import org.entente.rdf.ReferenceConverter;
import org.entente.reference.ReferenceData;
import org.entente.reference.ReferenceReader;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Which reference tables to load beside the facts: those packaged with Entente, a folder, or none. */
final class ReferenceOptions {

    @Option(names = "--reference", paramLabel = "DIR",
            description = "Folder of reference tables to load as the reference graph (default: the tables packaged with Entente, a copy of data/reference).")
    Path folder;

    @Option(names = "--no-reference", description = "Leave the reference graph as it is.")
    boolean skip;

    private ReferenceData data;

    /** The tables, read and checked once per command (the gazetteer and the reference graph share them). */
    ReferenceData data() {
        if (data == null) {
            data = folder == null ? ClasspathResources.folder("/reference", ReferenceReader::read) : ReferenceReader.read(folder);
        }
        return data;
    }

    /** The reference graph to load, or null with {@code --no-reference}. */
    NamedGraph graph(IriScheme iris) {
        return skip ? null : new ReferenceConverter(iris).convert(data());
    }
}
