package org.entente.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The inputs a command passed over, each with its name and reason: named on the standard error as
 * they come, listed again in the command's summary, and an exit code of 1 if there were any, so a
 * script notices that not everything was used.
 */
final class SkippedInputs implements Consumer<String> {

    private final PrintWriter err;
    private final List<String> reasons = new ArrayList<>();

    SkippedInputs(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void accept(String reason) {
        reasons.add(reason);
        err.println("skipped " + reason);
        err.flush();
    }

    synchronized List<String> reasons() {
        return List.copyOf(reasons);
    }

    /** For the end of a summary line: nothing if nothing was skipped, else {@code "; 2 inputs skipped:"}. */
    synchronized String summary() {
        return reasons.isEmpty() ? "" : "; " + reasons.size() + (reasons.size() == 1 ? " input" : " inputs") + " skipped:";
    }

    /** The reasons again, one a line, for the end of a summary. */
    void list(PrintWriter out) {
        reasons.forEach(reason -> out.println("  skipped " + reason));
        out.flush();
    }

    int exitCode() {
        return reasons.isEmpty() ? ErrorReporter.OK : ErrorReporter.BAD_INPUT;
    }
}
