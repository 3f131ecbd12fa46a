package org.entente.io;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * A folder that the build copies onto the classpath ({@code /queries}, {@code /reference}): a
 * plain folder when run from the build tree, a folder inside the jar otherwise. Callers read it
 * as a {@link Path} either way.
 */
public final class ResourceFolder {

    private ResourceFolder() {
    }

    /** Applies {@code read} to the folder {@code name} (e.g. {@code /queries}) while it is open. */
    public static <T> T read(String name, Function<Path, T> read) {
        URL url = ResourceFolder.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) {
                return read.apply(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return read.apply(jar.getPath(name));
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open " + url, e);
        }
    }
}
