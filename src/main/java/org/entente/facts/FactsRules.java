package org.entente.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the facts format that a JSON Schema cannot say: references between actors,
 * propositions and statements resolve, ids are unique and match their type, dates exist on the
 * calendar, and spans agree with their offsets.
 */
final class FactsRules {

    private final LocatedJson json;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Actor> actors = new HashMap<>();
    private final Set<String> propositions = new HashSet<>();

    private FactsRules(LocatedJson json) {
        this.json = json;
    }

    static List<Problem> check(Facts facts, LocatedJson json) {
        FactsRules rules = new FactsRules(json);
        rules.checkArticle(facts.article());
        rules.checkActors(facts.actors());
        rules.checkPropositions(facts.propositions());
        rules.checkStatements(facts.statements());
        return rules.problems;
    }

    private void checkArticle(ArticleInfo article) {
        checkDate("/article/published", article.published());
    }

    private void checkActors(List<Actor> list) {
        for (int i = 0; i < list.size(); i++) {
            Actor actor = list.get(i);
            String at = "/actors/" + i;
            if (actors.putIfAbsent(actor.id(), actor) != null) {
                problem(at + "/id", "actor \"" + actor.id() + "\" is listed twice");
            }
            String prefix = actor.id().substring(0, actor.id().indexOf('/'));
            if (!prefix.equals(actor.type().idPrefix())) {
                problem(at + "/id", "a " + actor.type() + " needs an id starting with \""
                        + actor.type().idPrefix() + "/\", not \"" + prefix + "/\"");
            }
            for (int m = 0; m < actor.mentions().size(); m++) {
                checkSpan(at + "/mentions/" + m, actor.mentions().get(m));
            }
        }
        for (int i = 0; i < list.size(); i++) {
            String speaksFor = list.get(i).speaksFor();
            if (speaksFor != null) {
                checkActorRef("/actors/" + i + "/speaksFor", speaksFor, ActorType::canAct, "a state, organisation or non-state actor");
            }
        }
    }

    private void checkPropositions(List<Proposition> list) {
        for (int i = 0; i < list.size(); i++) {
            if (!propositions.add(list.get(i).id())) {
                problem("/propositions/" + i + "/id", "proposition \"" + list.get(i).id() + "\" is listed twice");
            }
        }
        for (int i = 0; i < list.size(); i++) {
            Proposition proposition = list.get(i);
            String at = "/propositions/" + i;
            for (int a = 0; a < proposition.args().size(); a++) {
                String actor = proposition.args().get(a).actor();
                if (actor != null) {
                    checkActorRef(at + "/args/" + a + "/actor", actor, type -> true, "an actor");
                }
            }
            for (int m = 0; m < proposition.implies().size(); m++) {
                String other = proposition.implies().get(m).proposition();
                if (other.equals(proposition.id())) {
                    problem(at + "/implies/" + m + "/proposition", "a proposition cannot imply itself");
                } else {
                    checkPropositionRef(at + "/implies/" + m + "/proposition", other);
                }
            }
        }
    }

    private void checkStatements(List<Statement> list) {
        for (int i = 0; i < list.size(); i++) {
            Statement statement = list.get(i);
            String at = "/statements/" + i;
            checkActorRef(at + "/actor", statement.actor(), ActorType::canAct, "a state, organisation or non-state actor");
            if (statement.speaker() != null) {
                checkActorRef(at + "/speaker", statement.speaker(), ActorType::canSpeak, "a person, office, state or organisation");
            }
            if (statement.target() != null) {
                checkActorRef(at + "/target", statement.target(), type -> true, "an actor");
            }
            if (statement.proposition() != null) {
                checkPropositionRef(at + "/proposition", statement.proposition());
            }
            if (statement.date() != null) {
                checkDate(at + "/date", statement.date());
            }
            checkSpan(at + "/sentence", statement.sentence());
        }
    }

    private void checkActorRef(String pointer, String id, java.util.function.Predicate<ActorType> allowed, String what) {
        Actor actor = actors.get(id);
        if (actor == null) {
            problem(pointer, "\"" + id + "\" is not one of the file's actors");
        } else if (!allowed.test(actor.type())) {
            problem(pointer, "\"" + id + "\" is a " + actor.type() + ", but this field needs " + what);
        }
    }

    private void checkPropositionRef(String pointer, String id) {
        if (!propositions.contains(id)) {
            problem(pointer, "\"" + id + "\" is not one of the file's propositions");
        }
    }

    private void checkSpan(String pointer, Span span) {
        if (span.end() < span.start()) {
            problem(pointer + "/end", "the span ends (" + span.end() + ") before it starts (" + span.start() + ")");
        } else if (span.text().length() != span.end() - span.start()) {
            problem(pointer + "/text", "the text is " + span.text().length() + " characters long but the offsets "
                    + span.start() + ".." + span.end() + " span " + (span.end() - span.start()));
        }
    }

    private void checkDate(String pointer, String date) {
        try {
            switch (date.length()) {
                case 4 -> Integer.parseInt(date);
                case 7 -> YearMonth.parse(date);
                default -> LocalDate.parse(date);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            problem(pointer, "\"" + date + "\" is not a date on the calendar (expected YYYY-MM-DD, YYYY-MM or YYYY)");
        }
    }

    private void problem(String pointer, String message) {
        problems.add(json.problem(pointer, message));
    }
}
