package org.entente.extract;

import java.util.List;

/**
 * An act read in one sentence before it becomes a statement: its type, who acted (actor ids and
 * the mention that names them), on whom, the words that report it, and the rule that read it.
 */
record Draft(String act, List<String> actors, Mention subject, List<String> targets, Trigger trigger,
             int complementStart, boolean negated, String rule, double confidence) {

    Draft withTargets(List<String> newTargets, String newRule, double newConfidence) {
        return new Draft(act, actors, subject, newTargets, trigger, complementStart, negated, newRule, newConfidence);
    }
}
