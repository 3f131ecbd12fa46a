package org.entente.extract;

import org.entente.facts.Actor;
import org.entente.facts.ActorType;
import org.entente.facts.ArticleInfo;
import org.entente.facts.Facts;
import org.entente.facts.Proposition;
import org.entente.facts.Span;
import org.entente.facts.Statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts of one article as extraction finds them: the actors with their mentions, the
 * propositions, and the statements with the number of the sentence each came from (so that later
 * sentences can refer to the acts just before). Becomes a {@link Facts} in which every actor a
 * statement or claim refers to is listed, as the format requires.
 */
final class ArticleFacts {

    private record Numbered(Statement statement, int sentence) {
    }

    private static final Map<String, String> FAMILY = Map.of("REQUEST", "DEMAND", "REJECT", "OPPOSE");
    private static final int RECENT_SENTENCES = 4;
    private static final Set<String> RESPONSES = Set.of("SUPPORT", "REJECT", "OPPOSE", "AGREE", "DENY");

    private final ActorDirectory directory;
    private final Map<String, List<Span>> mentions = new LinkedHashMap<>();
    private final Map<String, String> speaksFor = new LinkedHashMap<>();
    private final Map<String, Proposition> propositions = new LinkedHashMap<>();
    private final List<Numbered> statements = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    ArticleFacts(ActorDirectory directory) {
        this.directory = directory;
    }

    void mention(String entity, String actor, String text, int start) {
        mentions.computeIfAbsent(entity, e -> new ArrayList<>()).add(new Span(text, start, start + text.length()));
        if (!entity.equals(actor) && actor != null) {
            speaksFor.putIfAbsent(entity, actor);
        }
    }

    boolean canAct(String actor) {
        return directory.get(actor).type().canAct();
    }

    void statement(Statement statement, PropositionBuilder.Built what, int sentence) {
        String key = statement.act() + " " + statement.actor() + " " + statement.target() + " " + statement.sentence().start();
        if (!seen.add(key)) {
            return;
        }
        if (what != null) {
            what.implied().forEach(p -> propositions.putIfAbsent(p.id(), p));
            propositions.putIfAbsent(what.proposition().id(), what.proposition());
        }
        statements.add(new Numbered(statement, sentence));
    }

    int statementCount() {
        return statements.size();
    }

    /**
     * Who made "the move" that an act in {@code sentence} responds to: the actor of the last act
     * before it, or, if that act was itself a response to someone (a rejection, a welcome), whom it
     * responded to; never {@code excluding}.
     */
    String lastMover(int sentence, String excluding) {
        for (int i = statements.size() - 1; i >= 0; i--) {
            Numbered numbered = statements.get(i);
            if (numbered.sentence() < sentence - RECENT_SENTENCES) {
                return null;
            }
            Statement statement = numbered.statement();
            String mover = RESPONSES.contains(statement.act()) && statement.target() != null ? statement.target() : statement.actor();
            if (!mover.equals(excluding)) {
                return mover;
            }
        }
        return null;
    }

    /** The target of {@code actor}'s last act in the same sentence, or of the same kind as {@code act} in the few sentences before. */
    String lastTarget(String actor, String act, int sentence) {
        for (int i = statements.size() - 1; i >= 0; i--) {
            Numbered numbered = statements.get(i);
            if (numbered.sentence() < sentence - RECENT_SENTENCES) {
                return null;
            }
            Statement statement = numbered.statement();
            boolean sameKind = family(statement.act()).equals(family(act)) || numbered.sentence() == sentence;
            if (statement.actor().equals(actor) && sameKind && statement.target() != null) {
                return statement.target();
            }
        }
        return null;
    }

    Facts toFacts(ArticleInfo article) {
        List<Statement> list = statements.stream().map(Numbered::statement).toList();
        Set<String> referred = new java.util.LinkedHashSet<>(mentions.keySet());
        for (Statement statement : list) {
            addAll(referred, statement.actor(), statement.speaker(), statement.target());
        }
        propositions.values().forEach(p -> p.args().forEach(arg -> addAll(referred, arg.actor())));
        referred.addAll(speaksFor.values());
        List<Actor> actors = new ArrayList<>();
        for (String id : referred) {
            ActorDirectory.Entry entry = directory.get(id);
            boolean speaks = entry.type() == ActorType.Person || entry.type() == ActorType.Office;
            actors.add(new Actor(id, entry.type(), entry.label(), entry.wikidata(), speaks ? speaksFor.get(id) : null,
                    mentions.getOrDefault(id, List.of())));
        }
        return new Facts(article, actors, new ArrayList<>(propositions.values()), list);
    }

    private static void addAll(Set<String> set, String... ids) {
        for (String id : ids) {
            if (id != null) {
                set.add(id);
            }
        }
    }

    private static String family(String act) {
        return FAMILY.getOrDefault(act, act);
    }
}
