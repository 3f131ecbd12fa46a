package org.entente.evaluate;

import org.entente.facts.Statement;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The scores of one act type as labelled: recall over the required gold lines of that act,
 * precision over the statements extracted with that act. Matching still goes by act family, so a
 * REQUEST statement that matches a DEMAND line is correct under REQUEST and finds the line under
 * DEMAND.
 */
public record ActScore(String act, MatchCounts counts) {

    /** One score per act that a required line or an extracted statement has, in act order. */
    static List<ActScore> of(List<GoldLine> required, List<GoldLine> missed, List<Statement> extracted, List<Statement> wrong) {
        Map<String, MatchCounts> acts = new TreeMap<>();
        add(acts, required, GoldLine::act, line -> new MatchCounts(1, 1, 0, 0));
        add(acts, missed, GoldLine::act, line -> new MatchCounts(0, -1, 0, 0));
        add(acts, extracted, Statement::act, statement -> new MatchCounts(0, 0, 1, 1));
        add(acts, wrong, Statement::act, statement -> new MatchCounts(0, 0, 0, -1));
        return fromMap(acts);
    }

    /** The act scores of several articles added up. */
    static List<ActScore> sum(List<List<ActScore>> scores) {
        Map<String, MatchCounts> acts = new TreeMap<>();
        scores.forEach(list -> add(acts, list, ActScore::act, ActScore::counts));
        return fromMap(acts);
    }

    private static <T> void add(Map<String, MatchCounts> acts, List<T> items, Function<T, String> act,
                                Function<T, MatchCounts> counts) {
        items.forEach(item -> acts.merge(act.apply(item), counts.apply(item), MatchCounts::plus));
    }

    private static List<ActScore> fromMap(Map<String, MatchCounts> acts) {
        return acts.entrySet().stream().map(entry -> new ActScore(entry.getKey(), entry.getValue())).toList();
    }
}
