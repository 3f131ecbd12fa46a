package org.entente.reference.petrarch;

import org.entente.io.ClasspathResources;
import org.entente.io.TsvFile;
import org.entente.reference.ReferenceData;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference tables with the actor dictionaries: an analyst's own files first (so their names
 * win over the packaged ones), then the Phoenix dictionaries packaged with Entente (a copy of
 * {@code data/dictionaries/}). The curated tables win over both in the gazetteer.
 */
public final class PhoenixDictionaries {

    /** The packaged actor dictionaries, in the order their names are claimed. */
    public static final List<String> PACKAGED = List.of("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
            "Phoenix.MilNonState.actors.txt");

    private PhoenixDictionaries() {
    }

    /** {@code curated} with what the packaged dictionaries and {@code own} (PETRARCH actor files) add. */
    public static ReferenceData withDictionaries(ReferenceData curated, List<Path> own) {
        return ClasspathResources.folder("/dictionaries", folder -> {
            List<ActorDictionary> dictionaries = new ArrayList<>();
            own.forEach(file -> dictionaries.add(ActorDictionaryReader.read(file)));
            PACKAGED.forEach(name -> dictionaries.add(ActorDictionaryReader.read(folder.resolve("petrarch2").resolve(name), name)));
            PhoenixCodes codes = new PhoenixCodes(curated,
                    TsvFile.read(folder.resolve("phoenix-organisations.tsv"), List.of("code", "organisation")),
                    TsvFile.read(folder.resolve("phoenix-sectors.tsv"), List.of("sector")));
            return curated.withDictionaries(DictionaryMerge.merge(dictionaries, codes));
        });
    }
}
