package org.entente.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexParseException;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import org.entente.io.TsvFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntPredicate;

/**
 * Reads who acts and on whom around an act word from a sentence's dependency graph, by the Semgrex
 * rules of {@code data/lexicon/syntax.tsv}: the actor from the subject (or the agent of a passive),
 * the targets from the object, the relevant obliques and the subject of a complement clause.
 */
final class SyntaxReader {

    private static final int NAME_DEPTH = 2;

    private record Rule(String role, String name, SemgrexPattern pattern) {
    }

    /**
     * What the graph says around one act word: the actors' mentions, the targets' mentions, the rules
     * that found them ("subject+object"), whether the word tells no act, and whether it is a denial.
     */
    /** "Eritrean forces should withdraw": the modal word (a token index), the mentions of who is told to act, and the rule. */
    record Obligation(int modal, List<Mention> obliged, String rule) {
    }

    record Roles(List<Mention> actors, List<Mention> targets, String rule, boolean noAct, boolean denial) {
    }

    private final List<Rule> rules = new ArrayList<>();

    private SyntaxReader(List<TsvFile.Row> rows) {
        for (TsvFile.Row row : rows) {
            String role = row.get("role");
            if (!List.of("actor", "target", "name", "no-act", "denial", "speaker", "obligation").contains(role)) {
                throw row.problem("role", "unknown role " + role + " (actor, target, name, no-act, denial, speaker or obligation)");
            }
            try {
                rules.add(new Rule(role, row.get("rule"), SemgrexPattern.compile(row.get("pattern"))));
            } catch (SemgrexParseException e) {
                throw row.problem("pattern", "not a Semgrex pattern: " + e.getMessage());
            }
        }
    }

    static SyntaxReader load() {
        return new SyntaxReader(LexiconFile.packaged("syntax.tsv", List.of("role", "rule", "pattern")));
    }

    /** The rule names, in the file's order. */
    List<String> ruleNames() {
        return rules.stream().map(Rule::name).toList();
    }

    /** The roles around the act word at token {@code trigger} of a parsed sentence. */
    Roles read(SemanticGraph graph, int trigger, SentenceMentions mentions) {
        Map<Integer, List<Integer>> nameParts = nameParts(graph);
        List<Mention> actors = new ArrayList<>();
        String actorRule = null;
        Set<Mention> targets = new LinkedHashSet<>();
        Set<String> targetRules = new LinkedHashSet<>();
        boolean denial = false;
        List<String> used = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.role().equals("no-act")) {
                if (matchesAt(rule, graph, trigger)) {
                    return new Roles(List.of(), List.of(), rule.name(), true, false);
                }
                continue;
            }
            if (rule.role().equals("name") || rule.role().equals("speaker") || rule.role().equals("obligation")) {
                continue;
            }
            if (rule.role().equals("denial")) {
                if (matchesAt(rule, graph, trigger)) {
                    denial = true;
                    used.add(rule.name());
                }
                continue;
            }
            boolean actorRole = rule.role().equals("actor");
            if (actorRole && actorRule != null) {
                continue;
            }
            SemgrexMatcher matcher = rule.pattern().matcher(graph);
            while (matcher.find()) {
                if (matcher.getNode("trigger").index() != trigger + 1) {
                    continue;
                }
                IndexedWord node = matcher.getNode(actorRole ? "actor" : "target");
                for (Mention mention : mentionsOf(node.index() - 1, nameParts, mentions, NAME_DEPTH)) {
                    if (actorRole) {
                        if (!actors.contains(mention)) {
                            actors.add(mention);
                        }
                    } else if (targets.add(mention)) {
                        targetRules.add(rule.name());
                    }
                }
            }
            if (actorRole && !actors.isEmpty()) {
                actorRule = rule.name();
            }
        }
        targets.removeAll(actors);
        if (actorRule != null) {
            used.add(0, actorRule);
        }
        used.addAll(targetRules);
        return new Roles(actors, new ArrayList<>(targets), String.join("+", used), false, denial);
    }

    /**
     * Who speaks in a sentence: the mentions of the subject of each verb of saying ({@code speech}, a
     * word {@code isSpeech} accepts: one outside the quote), the parts of their names followed as for actors.
     */
    List<Mention> speakers(SemanticGraph graph, SentenceMentions mentions, IntPredicate isSpeech) {
        Map<Integer, List<Integer>> nameParts = nameParts(graph);
        List<Mention> speakers = new ArrayList<>();
        eachMatch(graph, "speaker", (rule, matcher) -> {
            if (isSpeech.test(matcher.getNode("speech").index() - 1)) {
                mentionsOf(matcher.getNode("speaker").index() - 1, nameParts, mentions, NAME_DEPTH).stream()
                        .filter(mention -> !speakers.contains(mention)).forEach(speakers::add);
            }
        });
        return speakers;
    }

    /** What the sentence says someone should or must do, by the obligation rules: one for each modal word they find. */
    List<Obligation> obligations(SemanticGraph graph, SentenceMentions mentions) {
        Map<Integer, List<Integer>> nameParts = nameParts(graph);
        List<Obligation> obligations = new ArrayList<>();
        eachMatch(graph, "obligation", (rule, matcher) -> {
            int modal = matcher.getNode("modal").index() - 1;
            if (obligations.stream().noneMatch(o -> o.modal() == modal)) {
                obligations.add(new Obligation(modal, mentionsOf(matcher.getNode("target").index() - 1, nameParts, mentions, NAME_DEPTH),
                        rule.name()));
            }
        });
        return obligations;
    }

    /** Hands every match of every rule of a role in the graph, in the file's order, to {@code onMatch}. */
    private void eachMatch(SemanticGraph graph, String role, BiConsumer<Rule, SemgrexMatcher> onMatch) {
        for (Rule rule : rules) {
            if (rule.role().equals(role)) {
                SemgrexMatcher matcher = rule.pattern().matcher(graph);
                while (matcher.find()) {
                    onMatch.accept(rule, matcher);
                }
            }
        }
    }

    private static boolean matchesAt(Rule rule, SemanticGraph graph, int trigger) {
        SemgrexMatcher matcher = rule.pattern().matcher(graph);
        while (matcher.find()) {
            if (matcher.getNode("trigger").index() == trigger + 1) {
                return true;
            }
        }
        return false;
    }

    private Map<Integer, List<Integer>> nameParts(SemanticGraph graph) {
        Map<Integer, List<Integer>> parts = new HashMap<>();
        eachMatch(graph, "name", (rule, matcher) ->
                parts.computeIfAbsent(matcher.getNode("head").index() - 1, h -> new ArrayList<>()).add(matcher.getNode("part").index() - 1));
        return parts;
    }

    /** The mention covering the token, else those covering the parts of its name, up to {@code depth} steps down. */
    private static List<Mention> mentionsOf(int token, Map<Integer, List<Integer>> nameParts, SentenceMentions mentions, int depth) {
        for (Mention mention : mentions.all()) {
            if (mention.first() <= token && token <= mention.last()) {
                return List.of(mention);
            }
        }
        List<Mention> found = new ArrayList<>();
        if (depth > 0) {
            for (int part : nameParts.getOrDefault(token, List.of())) {
                mentionsOf(part, nameParts, mentions, depth - 1).stream().filter(m -> !found.contains(m)).forEach(found::add);
            }
        }
        return found;
    }
}
