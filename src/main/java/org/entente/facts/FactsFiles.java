package org.entente.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The facts files a user names: files as given, folders by their {@code *.json} files in name order. */
public final class FactsFiles {

    private FactsFiles() {
    }

    public static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> listing = Files.list(input)) {
                    listing.filter(path -> path.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + input, e);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new BadInputException(input + ": no such file or folder");
            }
        }
        if (files.isEmpty()) {
            throw new BadInputException("no facts files (*.json) in " + inputs);
        }
        return files;
    }
}
