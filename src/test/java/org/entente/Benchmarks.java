package org.entente;

import org.entente.extract.ExtractionBenchmark;
import org.entente.reference.GazetteerBenchmark;

/** Runs every benchmark and prints each figure beside its baseline: {@code mvn -B -q test-compile exec:exec@bench}. */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        GazetteerBenchmark.main(args);
        ExtractionBenchmark.main(args);
    }
}
