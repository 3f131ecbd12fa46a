package org.entente.cli;

import org.entente.article.Article;
import org.entente.article.ArticleFiles;
import org.entente.extract.FactsExtractor;
import org.entente.facts.Facts;
import org.entente.facts.FactsJson;
import org.entente.facts.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code entente extract ARTICLE... --out DIR}: writes a facts file per article, in the format of the curated ones. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract facts from raw articles (.txt with a sidecar .json or front matter, .html, .jsonl feeds) and write one facts file per article; with --show, print the statements.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "ARTICLE|DIR", description = "Article files or folders.")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write {id}.json (and {id}.txt, the clean text the offsets refer to, for .html and .jsonl input).")
    Path out;

    @Option(names = "--show", description = "Print each statement: act, actor, target, date, rule and sentence.")
    boolean show;

    @Mixin
    ArticleOptions articleOptions;

    @Mixin
    ReferenceOptions referenceOptions;

    @Mixin
    DictionaryOptions dictionaryOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null && !show) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --out DIR, --show, or both");
        }
        if (out != null) {
            Files.createDirectories(out);
        }
        FactsExtractor extractor = FactsExtractor.load(dictionaryOptions.withDictionaries(referenceOptions.data()));
        SkippedInputs skipped = new SkippedInputs(spec.commandLine().getErr());
        ArticleFiles.read(inputs, articleOptions.defaults(), article -> {
            Facts facts = skipped.extracted(extractor, article);
            if (facts == null) {
                return;
            }
            if (out != null) {
                write(article, facts);
            }
            stdout.printf("%s: %d statements, %d actors, %d propositions%n", article.id(), facts.statements().size(),
                    facts.actors().size(), facts.propositions().size());
            if (show) {
                facts.statements().forEach(statement -> stdout.println("  " + describe(statement)));
            }
        }, skipped);
        stdout.flush();
        return skipped.exitCode();
    }

    private void write(Article article, Facts facts) {
        try {
            FactsJson.write(facts, out.resolve(article.id() + ".json"));
            Path text = out.resolve(article.id() + ".txt");
            if (!Files.exists(text)) {
                Files.writeString(text, article.text(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String describe(Statement s) {
        String sentence = s.sentence().text();
        return String.format("%-9s %-11s -> %-11s %-10s %s%s [%s] %s", s.act(), s.actor(), s.target(), s.date(),
                s.negated() ? "NOT " : "", s.proposition(), s.method(), sentence.length() > 90 ? sentence.substring(0, 90) + "..." : sentence);
    }
}
