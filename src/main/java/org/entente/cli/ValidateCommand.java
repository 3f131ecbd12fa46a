package org.entente.cli;

import org.entente.facts.BadInputException;
import org.entente.facts.Facts;
import org.entente.facts.FactsFiles;
import org.entente.facts.FactsJson;
import org.entente.rdf.ActScheme;
import org.entente.rdf.FactsConverter;
import org.entente.rdf.IriScheme;
import org.entente.rdf.ReferenceConverter;
import org.entente.rdf.ShapesCheck;
import org.entente.reference.ReferenceData;
import org.entente.reference.ReferenceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code entente validate FILE... [--reference DIR]}: checks facts files and reference tables without loading. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check facts files (or folders of them) against the facts format and the ontology's shapes, and with --reference a folder of reference tables; store nothing.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Facts files or folders.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--reference", paramLabel = "DIR", description = "A folder of reference tables to check, e.g. data/reference.")
    Path reference;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (inputs.isEmpty() && reference == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give facts files, --reference DIR, or both");
        }
        ShapesCheck shapes = ShapesCheck.load();
        int refused = reference == null ? 0 : validateReference(shapes);
        int checked = reference == null ? 0 : 1;
        if (!inputs.isEmpty()) {
            List<Path> files = FactsFiles.expand(inputs);
            checked += files.size();
            refused += validateFacts(files, shapes);
        }
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        if (refused > 0) {
            throw new BadInputException(refused + " of " + checked + " inputs refused");
        }
        return ErrorReporter.OK;
    }

    private int validateFacts(List<Path> files, ShapesCheck shapes) {
        FactsConverter converter = new FactsConverter(IriScheme.defaults(), ActScheme.load());
        int refused = 0;
        for (Path file : files) {
            try {
                Facts facts = FactsJson.read(file);
                shapes.requireConforms(converter.convert(facts));
                spec.commandLine().getOut().printf("ok      %s: %d actors, %d propositions, %d statements%n", file,
                        facts.actors().size(), facts.propositions().size(), facts.statements().size());
            } catch (BadInputException e) {
                refused++;
                spec.commandLine().getErr().println("refused " + e.getMessage());
            }
        }
        return refused;
    }

    private int validateReference(ShapesCheck shapes) {
        try {
            ReferenceData data = ReferenceReader.read(reference);
            shapes.requireConforms(new ReferenceConverter(IriScheme.defaults()).convert(data));
            spec.commandLine().getOut().printf("ok      %s: %d states, %d organisations, %d memberships, %d decisions, %d treaties, "
                            + "%d treaty participations, %d offices, %d people, %d tenures%n", reference, data.states().size(),
                    data.organisations().size(), data.memberships().size(), data.decisions().size(), data.treaties().size(),
                    data.treatyParties().size(), data.offices().size(), data.people().size(), data.tenures().size());
            return 0;
        } catch (BadInputException e) {
            spec.commandLine().getErr().println("refused " + e.getMessage());
            return 1;
        }
    }
}
