package org.entente.store;

import org.entente.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A load killed with SIGKILL in the middle of its transaction leaves the store as it was. */
class KilledLoadTest {

    @Test
    void aProcessKilledDuringALoadLeavesTheStoreAsItWas(@TempDir Path folder) throws Exception {
        long before;
        try (Tdb2GraphStore store = SampleData.loadedStore(folder)) {
            before = store.quadCount();
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HalfwayLoad.class.getName(), folder.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals(HalfwayLoad.MARKER));
            assertThat(line).as("the child reached the middle of its transaction").isEqualTo(HalfwayLoad.MARKER);
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder, SampleData.IRIS)) {
            assertThat(store.quadCount()).isEqualTo(before);
        }
    }
}
