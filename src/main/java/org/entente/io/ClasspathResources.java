package org.entente.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Files packaged with Entente, read from the classpath: from the build tree when run there, from
 * the jar otherwise. Names are absolute ({@code /ontology/acts.ttl}), or relative to the package
 * of a class ({@code describe-entity.rq} beside {@code ServerQueries}). A missing file is a
 * broken build, so it fails with {@link IllegalStateException}, except through {@link #find}.
 */
public final class ClasspathResources {

    private ClasspathResources() {
    }

    /** The resource {@code name}, or empty where the classpath has none. */
    public static Optional<InputStream> find(String name) {
        return Optional.ofNullable(ClasspathResources.class.getResourceAsStream(absolute(name)));
    }

    /** The resource {@code name} (absolute), open for reading; the caller closes it. */
    public static InputStream open(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException(absolute(name) + " is missing from the classpath"));
    }

    /** The resource {@code name} beside the class {@code near}, open for reading; the caller closes it. */
    public static InputStream open(Class<?> near, String name) {
        return open(resolve(near, name));
    }

    /** The UTF-8 text of the resource {@code name} beside {@code near} (or absolute). */
    public static String text(Class<?> near, String name) {
        String path = resolve(near, name);
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " from the classpath", e);
        }
    }

    /** The lines of the UTF-8 text of the resource {@code name} beside {@code near} (or absolute). */
    public static List<String> lines(Class<?> near, String name) {
        return text(near, name).lines().toList();
    }

    /**
     * Applies {@code read} to the folder {@code name} (e.g. {@code /queries}) while it is open, as
     * a {@link Path}: a plain folder in the build tree, a folder of the jar's file system otherwise.
     */
    public static <T> T folder(String name, Function<Path, T> read) {
        URL url = ClasspathResources.class.getResource(name);
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

    private static String resolve(Class<?> near, String name) {
        return name.startsWith("/") ? name : "/" + near.getPackageName().replace('.', '/') + "/" + name;
    }

    private static String absolute(String name) {
        return name.startsWith("/") ? name : "/" + name;
    }
}
