package org.entente.reference;

import org.entente.facts.BadInputException;

import java.util.List;
import java.util.stream.Collectors;

/** Reference tables that cannot be loaded, with every problem of every table. */
public class InvalidReferenceException extends BadInputException {

    private final List<ReferenceProblem> problems;

    public InvalidReferenceException(List<ReferenceProblem> problems) {
        super(problems.stream().map(problem -> "  " + problem).collect(Collectors.joining("\n",
                "the reference data has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                        + "; nothing was loaded:\n", "")));
        this.problems = List.copyOf(problems);
    }

    public List<ReferenceProblem> problems() {
        return problems;
    }
}
