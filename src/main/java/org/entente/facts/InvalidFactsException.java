package org.entente.facts;

import java.util.List;
import java.util.stream.Collectors;

/** A facts file that cannot be used, with every problem found in it. */
public class InvalidFactsException extends BadInputException {

    private final String source;
    private final List<Problem> problems;

    public InvalidFactsException(String source, List<Problem> problems) {
        super(describe(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String source, List<Problem> problems) {
        String head = source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems");
        return problems.stream().map(p -> "  " + source + ": " + p)
                .collect(Collectors.joining("\n", head + "\n", ""));
    }
}
