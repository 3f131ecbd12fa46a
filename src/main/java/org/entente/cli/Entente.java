package org.entente.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code entente} command. Each stage has a subcommand; exit codes are mapped from exceptions
 * in one place ({@link ErrorReporter}): 0 ok, 1 bad input, 2 usage, 3 anything unexpected.
 */
@Command(name = "entente", mixinStandardHelpOptions = true, version = "entente 0.1.0",
        description = "Builds a knowledge graph of geopolitical actors and their positions from news facts, and answers SPARQL.",
        subcommands = {ValidateCommand.class, LoadCommand.class, QueriesCommand.class, QueryCommand.class,
                ServeCommand.class, DemoCommand.class, EvalCommand.class, ExtractCommand.class,
                IngestCommand.class, ImportCommand.class, ExportCommand.class, FederateCommand.class, GenerateCommand.class, BenchCommand.class})
public final class Entente implements Runnable {

    /** A common option of every command: {@code entente --verbose CMD} or {@code entente CMD --verbose}. */
    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show the log of what Entente and its libraries do, and the stack traces of errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed");
    }

    /** The command line with Entente's error handling, for {@code main} and for tests. */
    public static CommandLine commandLine() {
        Entente entente = new Entente();
        ErrorReporter reporter = new ErrorReporter(() -> entente.verbose);
        return new CommandLine(entente)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(reporter)
                .setExitCodeExceptionMapper(reporter);
    }

    public static void main(String[] args) {
        Logging.beforeParsing(args);
        System.exit(commandLine().execute(args));
    }
}
