package org.entente.cli;

import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.entente.facts.BadInputException;
import org.entente.federate.Federation;
import org.entente.query.QueryRunner;
import org.entente.query.ResultFormat;
import org.entente.rdf.IriScheme;
import org.entente.rdf.Namespaces;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code entente federate --endpoint URL --endpoint URL ... QUERY|--file X.rq|--query NAME}: one query across several endpoints. */
@Command(name = "federate", mixinStandardHelpOptions = true,
        description = "Answer one SPARQL query across several SPARQL endpoints (RDF4J FedX): each endpoint is asked for "
                + "the parts it can answer, and the parts are joined. Endpoints are read through their default graph.")
final class FederateCommand implements Callable<Integer> {

    @Option(names = "--endpoint", paramLabel = "URL", required = true,
            description = "A SPARQL endpoint of the federation, e.g. http://127.0.0.1:3030/entente/sparql (repeat for each).")
    List<String> endpoints;

    @ArgGroup(multiplicity = "1")
    Which which;

    static final class Which {
        @Parameters(paramLabel = "QUERY", description = "The SPARQL query text.")
        String text;

        @Option(names = "--file", paramLabel = "X.rq", description = "A SPARQL query file.")
        Path file;

        @Option(names = "--query", paramLabel = "NAME", description = "A named query (see 'entente queries').")
        String name;
    }

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A parameter of the named query; IRIs may be keys such as state/RUS.")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json for SELECT (default: ${DEFAULT-VALUE}); CONSTRUCT answers are Turtle.")
    ResultFormat format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Give up after this long (default: ${DEFAULT-VALUE} s).")
    long timeoutSeconds;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "Base of entity IRIs, for parameters given as keys (default: ${DEFAULT-VALUE}).")
    String base;

    @Mixin
    QueryLibraryOptions library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        IriScheme iris = new IriScheme(base);
        Query query = query(iris);
        PrintWriter out = spec.commandLine().getOut();
        try (Federation federation = Federation.of(endpoints, Duration.ofSeconds(timeoutSeconds))) {
            if (query.isSelectType()) {
                out.print(format.format(federation.select(query), Namespaces.with(iris)));
            } else if (query.isAskType()) {
                out.println(federation.ask(query));
            } else {
                ByteArrayOutputStream turtle = new ByteArrayOutputStream();
                RDFDataMgr.write(turtle, federation.graph(query).setNsPrefixes(Namespaces.with(iris)), Lang.TURTLE);
                out.print(turtle.toString(StandardCharsets.UTF_8));
            }
        }
        out.flush();
        return ErrorReporter.OK;
    }

    private Query query(IriScheme iris) {
        if (which.name != null) {
            return new QueryRunner(iris).bound(library.library().get(which.name), parameters);
        }
        if (!parameters.isEmpty()) {
            throw new BadInputException("--param only applies to named queries (--query NAME)");
        }
        if (which.file != null) {
            return QueryRunner.parse(read(which.file), which.file.toString());
        }
        return QueryRunner.parse(which.text, "the query");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read the query file: " + e.getMessage());
        }
    }
}
