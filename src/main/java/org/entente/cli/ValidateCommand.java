package org.entente.cli;

import org.entente.facts.BadInputException;
import org.entente.facts.Facts;
import org.entente.facts.FactsFiles;
import org.entente.facts.FactsJson;
import org.entente.rdf.ActScheme;
import org.entente.rdf.FactsConverter;
import org.entente.rdf.IriScheme;
import org.entente.rdf.ShapesCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code entente validate FILE...}: checks facts files (format, rules, and the shapes of their RDF) without loading. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check facts files (or folders of them) against the facts format and the ontology's shapes; store nothing.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Facts files or folders.")
    List<Path> inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FactsConverter converter = new FactsConverter(IriScheme.defaults(), ActScheme.load());
        ShapesCheck shapes = ShapesCheck.load();
        int refused = 0;
        List<Path> files = FactsFiles.expand(inputs);
        for (Path file : files) {
            try {
                Facts facts = FactsJson.read(file);
                shapes.requireConforms(converter.convert(facts));
                out.printf("ok      %s: %d actors, %d propositions, %d statements%n", file,
                        facts.actors().size(), facts.propositions().size(), facts.statements().size());
            } catch (BadInputException e) {
                refused++;
                err.println("refused " + e.getMessage());
            }
        }
        out.flush();
        err.flush();
        if (refused > 0) {
            throw new BadInputException(refused + " of " + files.size() + " files refused");
        }
        return ErrorReporter.OK;
    }
}
