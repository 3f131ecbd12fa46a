package org.entente.io;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClasspathResourcesTest {

    /** {@code X.class.getResource(...)}, {@code getResourceAsStream(...)}, {@code getClassLoader().getResource...}. */
    static final Pattern CLASSPATH_READ = Pattern.compile("\\.class\\.getResource|getResourceAsStream\\(|getClassLoader\\(\\)\\.getResource");

    @Test
    void aNameIsAbsoluteOrBesideAClass() {
        assertThat(ClasspathResources.text(ClasspathResourcesTest.class, "/ontology/acts.ttl")).contains("skos:Concept");
        assertThat(ClasspathResources.lines(org.entente.rdf.Ent.class, "stance-evidence.rq")).anyMatch(line -> line.contains("SELECT"));
    }

    @Test
    void aMissingResourceIsNamedOrEmpty() {
        assertThat(ClasspathResources.find("/ontology/no-such-file.ttl")).isEmpty();
        assertThatThrownBy(() -> ClasspathResources.open("/ontology/no-such-file.ttl"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("/ontology/no-such-file.ttl is missing from the classpath");
    }

    @Test
    void aFolderIsReadAsAPath() {
        List<String> names = ClasspathResources.folder("/queries", folder -> {
            try (Stream<Path> files = Files.list(folder)) {
                return files.map(file -> file.getFileName().toString()).toList();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(names).contains("who-opposed-what-when.rq");
    }

    @Test
    void packagedFilesAreReadThroughThisClassOnly() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<Path> readers = sources.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.startsWith(Path.of("src/main/java/org/entente/io")))
                    .filter(file -> {
                        try {
                            String text = Files.readString(file);
                            return CLASSPATH_READ.matcher(text).find();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();

            assertThat(readers).isEmpty();
        }
    }
}
