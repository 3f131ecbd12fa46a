package org.entente.cli;

import java.util.Arrays;

/**
 * How much is logged: by default warnings and errors only ({@code simplelogger.properties});
 * with {@code --verbose}, what Entente and its libraries do as well. SLF4J's simple logger reads its
 * level once, when the first logger is made, and building the command line already starts Jena
 * (which logs), so the level is set from the arguments before they are parsed.
 */
final class Logging {

    static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private Logging() {
    }

    /** Logs INFO and above if {@code --verbose} is among the options of {@code args}. */
    static void beforeParsing(String[] args) {
        boolean verbose = Arrays.stream(args).takeWhile(arg -> !arg.equals("--")).anyMatch(arg -> arg.equals("--verbose"));
        if (verbose && System.getProperty(LEVEL) == null) {
            System.setProperty(LEVEL, "info");
        }
    }
}
