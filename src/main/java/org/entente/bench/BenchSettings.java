package org.entente.bench;

import java.nio.file.Path;

/**
 * The sizes of a run: {@code articles} generated with {@code seed} into {@code work}, loaded
 * {@code batch} articles per transaction, extraction over {@code threads}, each named query run
 * {@code queryRuns} times and each incremental reload {@code reloadRuns} times.
 */
public record BenchSettings(int articles, long seed, int batch, int threads, int queryRuns, int reloadRuns, Path work, Path queries,
                            Path real) {
}
