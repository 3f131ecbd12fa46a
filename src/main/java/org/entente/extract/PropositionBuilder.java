package org.entente.extract;

import org.entente.facts.Proposition;
import org.entente.facts.Stance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The "what" of an act, from the words after its act word to the end of the clause: a typed claim
 * where a pattern fits (membership of a state in an organisation, taking back a membership promise,
 * preventing a membership, sanctions, deployments, guarantees, moratoriums), free text otherwise.
 * Typed claims get ids from their arguments ({@code membership-UKR-NATO}), so that statements of
 * different articles about the same claim meet in one proposition.
 */
final class PropositionBuilder {

    /** A proposition and the simpler ones it implies, all to be listed in the facts. */
    record Built(Proposition proposition, List<Proposition> implied) {
    }

    private static final int MAX_WORDS = 30;
    private static final Pattern OUTER_PUNCTUATION = Pattern.compile("^[\\p{Punct}“”‘’\\s]+|[\\p{Punct}“”‘’\\s]+$");
    private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "PROPN", "VERB", "ADJ", "NUM");
    private static final Pattern SLUG_WORD = Pattern.compile("[a-z0-9-]+");

    private final Cues cues;
    private final ActorDirectory directory;

    PropositionBuilder(Cues cues, ActorDirectory directory) {
        this.cues = cues;
        this.directory = directory;
    }

    Built build(Sentence sentence, String text, int from, String actor, String target,
                SentenceMentions mentions, Discourse discourse, String articleId, int number) {
        List<Token> tokens = sentence.tokens();
        int end = clauseEnd(tokens, from);
        if (from >= end) {
            return null;
        }
        String words = text.substring(tokens.get(from).start(), tokens.get(end - 1).end()).strip();
        words = OUTER_PUNCTUATION.matcher(words).replaceAll("");
        if (words.isEmpty()) {
            return null;
        }
        Set<String> states = new LinkedHashSet<>();
        String organisation = null;
        for (Mention mention : mentions.all()) {
            if (mention.first() >= from && mention.last() < end && mention.actor() != null) {
                if (mention.actor().startsWith("state/") && !mention.actor().equals(actor) && !mention.actor().equals(target)) {
                    states.add(mention.actor().substring("state/".length()));
                } else if (mention.actor().startsWith("org/") && organisation == null) {
                    organisation = mention.actor().substring("org/".length());
                }
            }
        }
        if (organisation == null && discourse.lastOrganisation() != null && any(tokens, from, end, "organisation-word")) {
            organisation = discourse.lastOrganisation().substring("org/".length());
        }
        if (any(tokens, from, end, "membership") && organisation != null && !states.isEmpty()) {
            return membershipClaim(tokens, from, end, words, states, organisation);
        }
        String type = any(tokens, from, end, "sanction") ? "sanctions"
                : any(tokens, from, end, "moratorium") ? "moratorium"
                : any(tokens, from, end, "guarantee") ? "guarantee"
                : any(tokens, from, end, "deployment") ? "deployment" : "other";
        List<Proposition.Argument> args = new ArrayList<>();
        if (type.equals("sanctions") && target != null) {
            args.add(new Proposition.Argument("imposer", actor, null));
            args.add(new Proposition.Argument("target", target, null));
            return new Built(new Proposition("sanctions-" + key(actor) + "-" + key(target), type, words, args, List.of()), List.of());
        }
        String id = type.equals("other") ? "claim-" + articleId + "-" + number : type + "-" + slug(tokens, from, end);
        return new Built(new Proposition(id, type, words, args, List.of()), List.of());
    }

    private Built membershipClaim(List<Token> tokens, int from, int end, String words, Set<String> states, String organisation) {
        List<Proposition> memberships = states.stream().map(state -> membership(state, organisation)).toList();
        List<Proposition.Argument> args = List.of(new Proposition.Argument("organisation", "org/" + organisation, null));
        String members = String.join("-", states);
        if (any(tokens, from, end, "retraction") && any(tokens, from, end, "promise")) {
            return new Built(implying("withdrawal-membership-promise-" + organisation + "-" + members, "withdrawal", words,
                    args, memberships, Stance.OPPOSES), memberships);
        }
        if (any(tokens, from, end, "prevention")) {
            return new Built(implying("veto-membership-" + members + "-" + organisation, "veto", words, args, memberships,
                    Stance.OPPOSES), memberships);
        }
        if (memberships.size() == 1) {
            return new Built(memberships.get(0), List.of());
        }
        return new Built(implying("membership-" + members + "-" + organisation, "membership", words, args, memberships,
                Stance.SUPPORTS), memberships);
    }

    private Proposition membership(String state, String organisation) {
        String text = directory.get("state/" + state).label() + " becomes a member of " + directory.get("org/" + organisation).label();
        return new Proposition("membership-" + state + "-" + organisation, "membership", text,
                List.of(new Proposition.Argument("member", "state/" + state, null),
                        new Proposition.Argument("organisation", "org/" + organisation, null)), List.of());
    }

    private static Proposition implying(String id, String type, String words, List<Proposition.Argument> args,
                                        List<Proposition> implied, Stance stance) {
        return new Proposition(id, type, words, args,
                implied.stream().map(p -> new Proposition.Implication(p.id(), stance)).toList());
    }

    private int clauseEnd(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && end - from < MAX_WORDS && !SentenceMentions.isClauseBreak(tokens, end, cues)
                && !tokens.get(end).text().equals(".")) {
            end++;
        }
        return end;
    }

    private boolean any(List<Token> tokens, int from, int end, String cue) {
        for (int i = from; i < end; i++) {
            if (cues.is(cue, tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The first content words' lemmas, joined: a readable id for a claim without named arguments. */
    private static String slug(List<Token> tokens, int from, int end) {
        List<String> words = new ArrayList<>();
        for (int i = from; i < end && words.size() < 6; i++) {
            Token token = tokens.get(i);
            if (CONTENT_TAGS.contains(token.pos()) && SLUG_WORD.matcher(token.lemma()).matches()) {
                words.add(token.lemma());
            }
        }
        return words.isEmpty() ? "unnamed" : String.join("-", words).toLowerCase(Locale.ROOT);
    }

    private static String key(String actorId) {
        return actorId.substring(actorId.indexOf('/') + 1);
    }
}
