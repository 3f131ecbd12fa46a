package org.entente.cli;

import org.entente.query.NamedQuery;
import org.entente.query.QueryParameter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code entente queries}: lists the named queries with their descriptions and parameters. */
@Command(name = "queries", mixinStandardHelpOptions = true, description = "List the named queries.")
final class QueriesCommand implements Callable<Integer> {

    @Mixin
    QueryLibraryOptions library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (NamedQuery query : library.library().all()) {
            out.printf("%s  -  %s%n", query.name(), query.title());
            if (!query.description().isEmpty()) {
                out.printf("    %s%n", query.description());
            }
            for (QueryParameter parameter : query.parameters()) {
                String mode = parameter.required() ? "required"
                        : parameter.defaultValue() != null ? "default " + parameter.defaultValue() : "optional";
                out.printf("    --param %s=%s (%s) %s%n", parameter.name(),
                        parameter.typeName(), mode, parameter.description());
            }
        }
        out.flush();
        return ErrorReporter.OK;
    }
}
