package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The mentions of one sentence with the questions the act reader asks of them: which name is the
 * subject of a verb, which are its objects, who is the agent of a passive, who speaks a quote. A
 * name after "according to" is the source of a claim, neither subject nor target.
 */
final class SentenceMentions {

    private static final Set<String> SKIPPED_BEFORE_VERB = Set.of("ADV", "AUX", "PART", "PUNCT", "NOUN");
    private static final Set<String> MODIFIERS = Set.of("DET", "NUM", "ADJ");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our", "my", "your");
    private static final Set<String> ADVERBS_AND_AUXILIARIES = Set.of("ADV", "AUX");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who");
    private static final Set<String> OF_AN_EVENT = Set.of("of", "from", "by");
    private static final Set<String> PREPOSITIONS = Set.of("ADP", "SCONJ", "PART");
    private static final Set<String> BEFORE_A_SUBJECT = Set.of("ADV", "CCONJ", "SCONJ", "PUNCT");
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "«", "»", "''", "``");
    private static final Pattern PARTICIPLE = Pattern.compile(".*(ing|ed)");

    private final List<Token> tokens;
    private final List<Mention> mentions;
    private final int attributionStart;
    private final List<DateExpression> dates;
    private final int quoteStart;
    private final int quoteEnd;
    /** The speakers the dependency graph names, once the sentence is parsed (none before). */
    private List<Mention> parsedSpeakers = List.of();

    SentenceMentions(Sentence sentence, List<Mention> mentions) {
        this(sentence, mentions, List.of());
    }

    /** With the sentence's time expressions, which a subject may stand before: "Bamako yesterday proposed". */
    SentenceMentions(Sentence sentence, List<Mention> mentions, List<DateExpression> dates) {
        this.tokens = sentence.tokens();
        this.mentions = mentions;
        this.dates = dates;
        this.attributionStart = attributionStart(tokens);
        int[] quote = quote(tokens);
        this.quoteStart = quote[0];
        this.quoteEnd = quote[1];
    }

    List<Mention> all() {
        return mentions;
    }

    /** A name right before the verb at {@code anchor}, over adverbs, auxiliaries, particles, punctuation and head nouns. */
    Subject adjacentSubject(int anchor, Discourse discourse, Cues cues) {
        int skipped = 0;
        for (int i = anchor - 1; i >= 0 && skipped <= 6; i--) {
            Mention ending = endingAt(i);
            if (ending != null) {
                if (inAttribution(ending)) {
                    return null;
                }
                return subjectFrom(ending, discourse, cues, "subject-before-verb", 0.9);
            }
            Token token = tokens.get(i);
            boolean relative = token.lower().equals("who") || token.lower().equals("which");
            if (relative) {
                Mention antecedent = endingAt(i > 0 && tokens.get(i - 1).text().equals(",") ? i - 2 : i - 1);
                return antecedent == null ? null : subjectFrom(antecedent, discourse, cues, "subject-of-relative-clause", 0.85);
            }
            if (token.text().equals(",") && endingAt(i - 1) == null) {
                Mention apposed = beforeEarlierComma(i);
                if (apposed != null) {
                    return subjectFrom(apposed, discourse, cues, "subject-before-apposition", 0.85);
                }
            }
            if (!SKIPPED_BEFORE_VERB.contains(token.pos()) && !inDate(token)) {
                return null;
            }
            skipped++;
        }
        return null;
    }

    private boolean inDate(Token token) {
        return dates.stream().anyMatch(date -> token.start() >= date.start() && token.end() <= date.end()
                || date.start() > 0 && token.lower().equals("on") && token.end() + 1 == date.start());
    }

    /** "weapons that threaten us": the verb's subject is a relative pronoun standing for something that is not an actor. */
    boolean subjectIsRelativeThing(int anchor) {
        int i = anchor - 1;
        while (i >= 0 && ADVERBS_AND_AUXILIARIES.contains(tokens.get(i).pos())) {
            i--;
        }
        if (i < 1 || !RELATIVE_PRONOUNS.contains(tokens.get(i).lower()) || !tokens.get(i).pos().equals("PRON")) {
            return false;
        }
        int before = tokens.get(i - 1).text().equals(",") ? i - 2 : i - 1;
        return before >= 0 && endingAt(before) == null;
    }

    /** "Russia, Serbia's main ally, demanded": the name before the comma that opens the aside closed at {@code comma}. */
    private Mention beforeEarlierComma(int comma) {
        for (int j = comma - 1; j >= Math.max(1, comma - 14); j--) {
            if (tokens.get(j).text().equals(",")) {
                return endingAt(j - 1);
            }
        }
        return null;
    }

    /** The nearest name before {@code anchor} that is not inside a prepositional phrase or an object. */
    Subject nearestSubject(int anchor, Discourse discourse, Cues cues) {
        for (int m = mentions.size() - 1; m >= 0; m--) {
            Mention mention = mentions.get(m);
            if (mention.last() < anchor && !inAttribution(mention) && isSubjectCandidate(m, cues)) {
                Subject subject = subjectFrom(mention, discourse, cues, "nearest-subject", 0.75);
                if (subject != null) {
                    return subject;
                }
            }
        }
        return null;
    }

    /** "proposed by Moscow": the names after "by" (joined by "and"), within a few words after {@code from}. */
    Subject agentAfter(int from, Cues cues) {
        for (int i = from + 1; i < Math.min(tokens.size(), from + 7); i++) {
            if (cues.is("clause-break", tokens.get(i))) {
                return null;
            }
            if (tokens.get(i).lower().equals("by")) {
                Mention agent = firstAfter(i, 2);
                if (agent == null || agent.actor() == null) {
                    return null;
                }
                List<Mention> chain = chainAfter(mentions.indexOf(agent));
                return new Subject(chain.stream().map(Mention::actor).filter(a -> a != null).distinct().toList(),
                        agent, "passive-by-agent", 0.8);
            }
        }
        return null;
    }

    boolean inQuote(int token) {
        return quoteStart >= 0 && token > quoteStart && token < quoteEnd;
    }

    /** Gives the speakers the sentence's dependency graph names (subjects of its verbs of saying), which {@link #quoteSpeaker} prefers. */
    void parsedSpeakers(List<Mention> speakers) {
        parsedSpeakers = List.copyOf(speakers);
    }

    /**
     * Who speaks the quote: a speaker the parse named whose name tells an actor ("Jeff Rathke, the US
     * State Department spokesman, said"), else the name next to a verb of saying outside the quote:
     * "..., said the ministry" or "the ministry said".
     */
    Subject quoteSpeaker(Discourse discourse, Cues cues) {
        for (Mention speaker : parsedSpeakers) {
            Subject subject = speaker.reference() == Mention.Reference.FIRST_PERSON || inQuote(speaker.first()) ? null
                    : subjectFrom(speaker, discourse, cues, "speaker-of-quote", 0.8);
            if (subject != null) {
                return subject;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (inQuote(i) || !tokens.get(i).isVerb() || !cues.is("speech", tokens.get(i))) {
                continue;
            }
            for (Mention mention : mentions) {
                boolean after = mention.first() > i && mention.first() <= i + 2;
                boolean before = mention.last() < i && mention.last() >= i - 2;
                if ((after || before) && !inQuote(mention.first())) {
                    return subjectFrom(mention, discourse, cues, "speaker-of-quote", 0.8);
                }
            }
        }
        return null;
    }

    /** The first mention starting within {@code gap} words after {@code from} (a "that" is not counted). */
    Mention firstAfter(int from, int gap) {
        int limit = from + gap + 1;
        for (int i = from + 1; i < Math.min(tokens.size(), limit + 1); i++) {
            if (tokens.get(i).lower().equals("that")) {
                limit++;
            }
            Mention starting = startingAt(i);
            if (starting != null) {
                return starting;
            }
        }
        return null;
    }

    /** The actors acted on after {@code from}: the first name that is an object, not the actor, with those joined to it. */
    List<String> targetsAfter(int from, List<String> actors, Discourse discourse, Cues cues, int window) {
        List<String> targets = new ArrayList<>();
        for (int m = 0; m < mentions.size(); m++) {
            Mention mention = mentions.get(m);
            if (mention.first() <= from) {
                continue;
            }
            if (mention.first() > from + window || breakBetween(from, mention.first(), cues) || inAttribution(mention)) {
                break;
            }
            if (!isObjectCandidate(m, cues) && !ofAnEvent(mention, cues)) {
                continue;
            }
            String actor = actorOf(mention, discourse, actors.get(0));
            if (actor == null || actors.contains(actor)) {
                continue;
            }
            for (Mention joined : chainAfter(m)) {
                String target = actorOf(joined, discourse, actors.get(0));
                if (target != null && !actors.contains(target) && !targets.contains(target)) {
                    targets.add(target);
                }
            }
            return targets;
        }
        return targets;
    }

    /** "offers Kiev support": the names between the verb and the noun that are not in a prepositional phrase. */
    List<String> targetsBetween(int verb, int noun, List<String> actors, Discourse discourse, Cues cues) {
        List<String> targets = new ArrayList<>();
        for (Mention mention : mentions) {
            if (mention.first() > verb && mention.last() < noun && !afterPreposition(mention.first(), cues, "not-target")) {
                String actor = actorOf(mention, discourse, actors.get(0));
                if (actor != null && !actors.contains(actor) && !targets.contains(actor)) {
                    targets.add(actor);
                }
            }
        }
        return targets;
    }

    /** "dialogue between Russia and the United States": the party other than {@code actor}, or null. */
    String partnerInBetween(int from, String actor, Discourse discourse) {
        for (int i = from; i < tokens.size() - 1; i++) {
            if (!tokens.get(i).lower().equals("between")) {
                continue;
            }
            Mention first = startingAt(i + 1) != null ? startingAt(i + 1) : firstAfter(i, 2);
            if (first == null) {
                return null;
            }
            List<Mention> pair = chainAfter(mentions.indexOf(first));
            if (pair.size() == 2) {
                String a = actorOf(pair.get(0), discourse, null);
                String b = actorOf(pair.get(1), discourse, null);
                if (actor.equals(a)) {
                    return b;
                }
                if (actor.equals(b)) {
                    return a;
                }
            }
            return null;
        }
        return null;
    }

    /** Whether the words after {@code from} begin with "the move", "this decision" and the like. */
    boolean eventNounAfter(int from, Cues cues) {
        for (int i = from; i < Math.min(tokens.size(), from + 3); i++) {
            if (cues.is("event-noun", tokens.get(i))) {
                return true;
            }
            if (!MODIFIERS.contains(tokens.get(i).pos())) {
                return false;
            }
        }
        return false;
    }

    /** The actor a mention stands for, resolving pronouns and the like from the context; {@code excluding} is the actor of the act, if known. */
    String actorOf(Mention mention, Discourse discourse, String excluding) {
        if (!mention.needsContext()) {
            return mention.actor();
        }
        boolean other = excluding != null && (mention.reference() == Mention.Reference.THING_PRONOUN
                || mention.reference() == Mention.Reference.COUNTRY);
        return other ? mention.recentOtherThan(excluding) : mention.contextActor();
    }

    /** "the position of France", "the offer from Bahrain": whose act an act responds to. */
    private boolean ofAnEvent(Mention mention, Cues cues) {
        int before = skipModifiers(mention.first() - 1);
        return before >= 1 && OF_AN_EVENT.contains(tokens.get(before).lower()) && cues.is("event-noun", tokens.get(before - 1));
    }

    /** Whether mention {@code m} can be an object: not after a preposition of place or part, nor joined to a name that is. */
    boolean isObjectCandidate(int m, Cues cues) {
        return candidate(m, true, before -> !(cues.is("not-target", before) && PREPOSITIONS.contains(before.pos())));
    }

    /** Whether mention {@code m} can be a subject: not after a preposition, nor an object, nor joined to one that is not. */
    boolean isSubjectCandidate(int m, Cues cues) {
        return candidate(m, false, before -> !cues.is("not-subject", before) && !before.pos().equals("VERB"));
    }

    /**
     * Whether the word before mention {@code m} (over determiners, adjectives, possessives and
     * quotes) allows its role; a name joined by "and" (or, where {@code commas}, by a comma) to an
     * earlier one takes that one's answer.
     */
    private boolean candidate(int m, boolean commas, java.util.function.Predicate<Token> allowedAfter) {
        int before = skipModifiers(mentions.get(m).first() - 1);
        if (before < 0) {
            return true;
        }
        Token token = tokens.get(before);
        if (token.pos().equals("CCONJ") || commas && token.text().equals(",")) {
            Mention joined = endingAt(skipModifiers(before - 1));
            return joined == null || candidate(mentions.indexOf(joined), commas, allowedAfter);
        }
        return allowedAfter.test(token);
    }

    private Subject subjectFrom(Mention mention, Discourse discourse, Cues cues, String rule, double confidence) {
        if (mention.reference() == Mention.Reference.FIRST_PERSON) {
            return new Subject(List.of(), mention, rule, confidence);
        }
        List<String> actors = new ArrayList<>();
        int index = mentions.indexOf(mention);
        for (Mention joined : chainBefore(index)) {
            String actor = actorOf(joined, discourse, null);
            if (actor != null && !actors.contains(actor)) {
                actors.add(actor);
            }
        }
        return actors.isEmpty() ? null : new Subject(actors, mention, rule, mention.needsContext() ? confidence - 0.15 : confidence);
    }

    /** The mention at {@code index} and those listed with it before it: "Washington and Moscow", "Russia, the U.S. and NATO". */
    private List<Mention> chainBefore(int index) {
        int first = index;
        boolean conjunction = false;
        while (first > 0 && joins(mentions.get(first - 1).last() + 1, mentions.get(first).first())) {
            conjunction |= hasConjunction(mentions.get(first - 1).last() + 1, mentions.get(first).first());
            first--;
        }
        return conjunction ? new ArrayList<>(mentions.subList(first, index + 1)) : new ArrayList<>(List.of(mentions.get(index)));
    }

    /** The mention at {@code index} and those listed with it after it. */
    private List<Mention> chainAfter(int index) {
        int last = index;
        boolean conjunction = false;
        while (last + 1 < mentions.size() && joins(mentions.get(last).last() + 1, mentions.get(last + 1).first())) {
            conjunction |= hasConjunction(mentions.get(last).last() + 1, mentions.get(last + 1).first());
            last++;
        }
        return conjunction ? new ArrayList<>(mentions.subList(index, last + 1)) : new ArrayList<>(List.of(mentions.get(index)));
    }

    /** Whether the tokens in [from, to) only separate two names of a list: "and", "or", commas, "the". */
    private boolean joins(int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String word = tokens.get(i).lower();
            if (!word.equals("and") && !word.equals("or") && !word.equals(",") && !word.equals("the")) {
                return false;
            }
        }
        return true;
    }

    private boolean hasConjunction(int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).lower().equals("and") || tokens.get(i).lower().equals("or")) {
                return true;
            }
        }
        return false;
    }

    private boolean afterPreposition(int first, Cues cues, String cue) {
        int before = skipModifiers(first - 1);
        return before >= 0 && cues.is(cue, tokens.get(before)) && PREPOSITIONS.contains(tokens.get(before).pos());
    }

    private int skipModifiers(int i) {
        while (i >= 0 && (MODIFIERS.contains(tokens.get(i).pos()) || isQuoteMark(tokens.get(i))
                || POSSESSIVES.contains(tokens.get(i).lower()))) {
            i--;
        }
        return i;
    }

    private boolean breakBetween(int from, int to, Cues cues) {
        for (int i = from + 1; i < to; i++) {
            if (isClauseBreak(tokens, i, cues)) {
                return true;
            }
        }
        return false;
    }

    /** A word that ends a clause, or a comma before a participle ("..., defying the United States"). */
    static boolean isClauseBreak(List<Token> tokens, int i, Cues cues) {
        return cues.is("clause-break", tokens.get(i)) || tokens.get(i).text().equals(",") && i + 1 < tokens.size()
                && tokens.get(i + 1).pos().equals("VERB") && PARTICIPLE.matcher(tokens.get(i + 1).lower()).matches();
    }

    /** The name nearest before {@code aux} in its clause, whatever preposition comes before it: the patient of a passive. */
    Mention patientBefore(int aux, Cues cues) {
        for (int m = mentions.size() - 1; m >= 0; m--) {
            Mention mention = mentions.get(m);
            if (mention.last() < aux && !breakBetween(mention.last(), aux, cues)) {
                return mention;
            }
        }
        return null;
    }

    /** Whether the words before {@code anchor} are only adverbs, conjunctions and punctuation: a sentence without a subject. */
    boolean noSubjectBefore(int anchor) {
        for (int i = 0; i < anchor; i++) {
            if (!BEFORE_A_SUBJECT.contains(tokens.get(i).pos())) {
                return false;
            }
        }
        return true;
    }

    private boolean inAttribution(Mention mention) {
        return attributionStart >= 0 && mention.first() > attributionStart;
    }

    private Mention endingAt(int token) {
        return mentions.stream().filter(m -> m.last() == token).findFirst().orElse(null);
    }

    private Mention startingAt(int token) {
        return mentions.stream().filter(m -> m.first() == token).findFirst().orElse(null);
    }

    /** Where "according to" begins, or -1: the names after it are the source of a claim. */
    private static int attributionStart(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).lower().equals("according") && tokens.get(i + 1).lower().equals("to")) {
                return i;
            }
        }
        return -1;
    }

    /** The first and last quotation mark tokens of the sentence, or -1s. */
    private static int[] quote(List<Token> tokens) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (isQuoteMark(tokens.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first >= 0 && last > first ? new int[] {first, last} : new int[] {-1, -1};
    }

    private static boolean isQuoteMark(Token token) {
        return QUOTE_MARKS.contains(token.text());
    }
}
