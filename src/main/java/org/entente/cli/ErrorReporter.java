package org.entente.cli;

import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.entente.facts.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;

import java.util.function.BooleanSupplier;

/** Turns exceptions into a message on stderr and an exit code; a stack trace only with {@code --verbose}. */
final class ErrorReporter implements IExecutionExceptionHandler, IExitCodeExceptionMapper {

    static final int OK = 0;
    static final int BAD_INPUT = 1;
    static final int USAGE = 2;
    static final int FAILURE = 3;

    private final BooleanSupplier verbose;

    ErrorReporter(BooleanSupplier verbose) {
        this.verbose = verbose;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (verbose.getAsBoolean()) {
            e.printStackTrace(commandLine.getErr());
        }
        String kind = getExitCode(e) == FAILURE ? "error (" + e.getClass().getSimpleName() + "): " : "";
        commandLine.getErr().println(commandLine.getColorScheme().errorText(kind + message(e)));
        commandLine.getErr().flush();
        return getExitCode(e);
    }

    /** The message, and for a remote endpoint that did not answer, why (the host unknown, the connection refused). */
    private static String message(Exception e) {
        if (e instanceof QueryExceptionHTTP) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return "a SPARQL endpoint did not answer" + (cause == e ? "" : " (" + cause + ")") + ": " + e.getMessage();
        }
        return e.getMessage();
    }

    @Override
    public int getExitCode(Throwable e) {
        if (e instanceof CommandLine.ParameterException) {
            return USAGE;
        }
        if (e instanceof BadInputException || e instanceof QueryParseException || e instanceof QueryExceptionHTTP) {
            return BAD_INPUT;
        }
        return FAILURE;
    }
}
