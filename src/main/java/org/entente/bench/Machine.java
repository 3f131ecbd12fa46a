package org.entente.bench;

/** Where a run was measured, so that two reports can be compared. */
public record Machine(int cores, long maxHeapBytes, String jvm, String os) {

    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    }
}
