package org.entente.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak memory over a stretch of work: the heap as the sum of the heap pools' peaks (an upper bound,
 * the pools peak at different moments), and the resident set's high-water mark from
 * {@code /proc/self/status} (VmHWM), reset through {@code /proc/self/clear_refs} where Linux allows it.
 */
final class PeakMemory {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private boolean rssReset;

    /** Starts a stretch: forgets the peaks so far. */
    void reset() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        try {
            Files.writeString(CLEAR_REFS, "5");
            rssReset = true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            rssReset = false;
        }
    }

    long heapPeakBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** The peak resident set in bytes, or -1 where {@code /proc} is missing. */
    long rssPeakBytes() {
        try {
            return Files.readAllLines(STATUS).stream().filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Whether the last reset reached the RSS high-water mark too (else it covers the whole process so far). */
    boolean rssWasReset() {
        return rssReset;
    }
}
