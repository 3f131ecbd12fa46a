package org.entente.cli;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.entente.facts.BadInputException;
import org.entente.query.QueryRunner;
import org.entente.query.ResultFormat;
import org.entente.rdf.Namespaces;
import org.entente.store.GraphStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code entente query NAME --param k=v} or {@code entente query --file X.rq}: answers a query from the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a named query (see 'entente queries') or a SPARQL file against the store.")
final class QueryCommand implements Callable<Integer> {

    @ArgGroup(multiplicity = "1")
    Which which;

    static final class Which {
        @Parameters(paramLabel = "NAME", description = "A named query.")
        String name;

        @Option(names = "--file", paramLabel = "X.rq", description = "A SPARQL query file to run instead.")
        Path file;
    }

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A parameter of the named query. An entity may be given by its key (NATO), typed key (org/NATO), IRI or name (Russia, the Kremlin).")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    @Mixin
    QueryLibraryOptions library;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        QueryRunner runner = new QueryRunner(storeOptions.iris());
        try (GraphStore store = storeOptions.openExisting(); RDFConnection connection = store.connect()) {
            String text;
            if (which.file != null) {
                if (!parameters.isEmpty()) {
                    throw new BadInputException("--param only applies to named queries");
                }
                text = render(connection, QueryRunner.parse(readFile(which.file), which.file.toString()));
            } else {
                ResultSet rows = runner.select(connection, library.library().get(which.name), parameters);
                text = format(rows);
            }
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        return ErrorReporter.OK;
    }

    private String format(ResultSet rows) {
        return format.format(rows, Namespaces.with(storeOptions.iris()));
    }

    private String render(RDFConnection connection, Query query) {
        return Txn.calculateRead(connection, () -> renderInTransaction(connection, query));
    }

    private String renderInTransaction(RDFConnection connection, Query query) {
        try (QueryExecution execution = connection.query(query)) {
            if (query.isSelectType()) {
                return format(execution.execSelect());
            }
            if (query.isAskType()) {
                return execution.execAsk() + System.lineSeparator();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, query.isConstructType() ? execution.execConstruct() : execution.execDescribe(), Lang.TURTLE);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read the query file: " + e.getMessage());
        }
    }
}
