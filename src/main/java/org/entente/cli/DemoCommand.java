package org.entente.cli;

import org.apache.jena.rdfconnection.RDFConnection;
import org.entente.article.ArticleMetadata;
import org.entente.extract.FactsExtractor;
import org.entente.ingest.ArticleIngest;
import org.entente.query.NamedQuery;
import org.entente.rdf.NamedGraph;
import org.entente.query.QueryLibrary;
import org.entente.query.QueryRunner;
import org.entente.query.ResultFormat;
import org.entente.rdf.Namespaces;
import org.entente.server.EntenteServer;
import org.entente.store.FactsLoader;
import org.entente.store.Tdb2GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code entente demo}: loads the sample facts, prints the answers to three named queries, then serves. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load the sample facts (data/facts) and the reference tables into the embedded store, print example answers, then serve until Ctrl-C.")
final class DemoCommand implements Callable<Integer> {

    /** The questions the demo asks, with their parameters. */
    private static final List<Map.Entry<String, Map<String, String>>> QUESTIONS = List.of(
            Map.entry("who-opposed-what-when", Map.of()),
            Map.entry("positions-on-proposition", Map.of("proposition", "proposition/membership-UKR-NATO")),
            Map.entry("support-and-opposition", Map.of()));

    @Option(names = "--facts", paramLabel = "DIR", defaultValue = "data/facts", description = "Facts to load (default: ${DEFAULT-VALUE}).")
    Path facts;

    @Option(names = "--extract", paramLabel = "DIR", arity = "0..1", fallbackValue = "data/articles",
            description = "Instead of the curated facts, extract the facts of the raw articles in DIR (default: data/articles) and load those.")
    Path articles;

    @Option(names = "--no-serve", description = "Exit after printing the answers.")
    boolean noServe;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ReferenceOptions referenceOptions;

    @Mixin
    DictionaryOptions dictionaryOptions;

    @Mixin
    ServerOptions serverOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (storeOptions.endpoint != null || storeOptions.sparql != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "demo loads the samples into the embedded store (--store) and serves it; for a remote --endpoint, "
                            + "load data/facts into it with 'load --endpoint URL' and ask it with 'query --endpoint URL'");
        }
        SkippedInputs skipped = new SkippedInputs(spec.commandLine().getErr());
        try (Tdb2GraphStore store = Tdb2GraphStore.open(storeOptions.store, storeOptions.iris())) {
            FactsLoader loader = storeOptions.loader(store);
            NamedGraph reference = referenceOptions.graph(storeOptions.iris());
            FactsLoader.Report report = articles == null ? loader.load(List.of(facts), reference)
                    : extracted(loader, reference, skipped);
            out.printf("Loaded %d articles (%d statements) %s %s%s into %s: %d quads.%n%n",
                    report.articles(), report.statements(), articles == null ? "from" : "extracted from",
                    articles == null ? facts : articles, referenceOptions.skip ? "" : " and the reference tables",
                    store.location(), store.quadCount());
            printAnswers(store, out);
            skipped.list(out);
            if (!noServe) {
                EntenteServer server = serverOptions.build(store.dataset().asDatasetGraph(), storeOptions.iris()).start();
                out.printf("Web page: %s/%nSPARQL endpoint: %s (%s). Ctrl-C to stop.%n", server.url(), server.sparqlUrl(),
                        serverOptions.access());
                out.flush();
                server.join();
            }
        }
        out.flush();
        return skipped.exitCode();
    }

    /** The articles ingested as {@code ingest} does, over every core. */
    private FactsLoader.Report extracted(FactsLoader loader, NamedGraph reference, SkippedInputs skipped) {
        FactsExtractor extractor = FactsExtractor.load(dictionaryOptions.withDictionaries(referenceOptions.data()));
        ArticleIngest.Totals totals = new ArticleIngest(extractor, loader, 0, ArticleIngest.DEFAULT_BATCH)
                .ingest(List.of(articles), ArticleMetadata.NONE, reference, skipped, progress -> { });
        return new FactsLoader.Report(totals.articles(), totals.statements());
    }

    private void printAnswers(Tdb2GraphStore store, PrintWriter out) {
        QueryLibrary library = QueryLibrary.fromClasspath();
        QueryRunner runner = new QueryRunner(storeOptions.iris());
        try (RDFConnection connection = store.connect()) {
            for (Map.Entry<String, Map<String, String>> question : QUESTIONS) {
                NamedQuery query = library.get(question.getKey());
                out.printf("== %s (%s) %s%n", query.title(), query.name(), question.getValue().isEmpty() ? "" : question.getValue());
                out.println(ResultFormat.TABLE.format(runner.select(connection, query, question.getValue()),
                        Namespaces.with(storeOptions.iris())));
            }
        }
    }
}
