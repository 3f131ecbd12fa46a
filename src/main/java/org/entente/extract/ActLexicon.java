package org.entente.extract;

import org.entente.io.TsvFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that report acts ({@code data/lexicon/acts.tsv}): verbs, nouns and phrases by lemma,
 * each with its act type. Finds them in a sentence, a phrase winning over a word it contains.
 */
final class ActLexicon {

    private static final Set<String> VERB_TAGS = Set.of("VERB", "AUX", "ADJ");
    private static final Set<String> NOUN_TAGS = Set.of("NOUN", "PROPN");
    private static final Set<String> MODIFIER_TAGS = Set.of("DET", "ADJ");

    private static final Set<String> DAY_WORDS = Set.of("today", "yesterday", "tonight", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");

    private record Entry(String act, String kind, String[] lemmas) {
    }

    private final Map<String, List<Entry>> byFirstLemma = new HashMap<>();

    private static final Set<String> KINDS = Set.of("verb", "adjective", "noun", "phrase");

    private ActLexicon(List<TsvFile.Row> rows) {
        for (TsvFile.Row row : rows) {
            if (!KINDS.contains(row.get("kind"))) {
                throw row.problem("kind", "\"" + row.get("kind") + "\" is not one of " + KINDS);
            }
            String[] lemmas = row.get("form").split(" ");
            byFirstLemma.computeIfAbsent(lemmas[0], l -> new ArrayList<>()).add(new Entry(row.get("act"), row.get("kind"), lemmas));
        }
    }

    /** The lexicon packaged with Entente (a copy of {@code data/lexicon/acts.tsv}). */
    static ActLexicon load() {
        return new ActLexicon(LexiconFile.packaged("acts.tsv", List.of("act", "kind", "form")));
    }

    List<Trigger> find(List<Token> tokens) {
        List<Trigger> triggers = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Trigger best = null;
            for (String lemma : lemmas(tokens.get(i))) {
                for (Entry entry : byFirstLemma.getOrDefault(lemma, List.of())) {
                    Trigger trigger = match(entry, tokens, i);
                    if (trigger != null && (best == null || trigger.last() > best.last())) {
                        best = trigger;
                    }
                }
            }
            if (best != null) {
                triggers.add(best);
                i = best.last() + 1;
            } else {
                i++;
            }
        }
        return triggers;
    }

    /**
     * The lemmas a token may have: the tagger's, and where the lemmatiser kept an inflected form as
     * its own lemma, the forms without the ending: "sided" as an adjective ("-d", "-ed"), "condemns"
     * in the present tense ("-s", "-es").
     */
    private static Set<String> lemmas(Token token) {
        String lemma = token.lemma();
        String word = token.lower();
        if (!lemma.equals(word)) {
            return Set.of(lemma);
        }
        if (word.endsWith("ed") || word.endsWith("es")) {
            return Set.of(word, word.substring(0, word.length() - 1), word.substring(0, word.length() - 2));
        }
        if (word.endsWith("s") && !word.endsWith("ss")) {
            return Set.of(word, word.substring(0, word.length() - 1));
        }
        return Set.of(lemma);
    }

    private static Trigger match(Entry entry, List<Token> tokens, int i) {
        String pos = tokens.get(i).pos();
        boolean determined = determined(tokens, i);
        return switch (entry.kind()) {
            case "verb" -> VERB_TAGS.contains(pos) && !determined || presentTenseAfterName(tokens, i) ? new Trigger(i, i, entry.act(), false) : null;
            case "adjective" -> pos.equals("ADJ") || pos.equals("VERB") ? new Trigger(i, i, entry.act(), false) : null;
            case "noun" -> NOUN_TAGS.contains(pos) || determined ? new Trigger(i, i, entry.act(), true) : null;
            case "phrase" -> phrase(entry, tokens, i);
            default -> throw new IllegalStateException("acts.tsv: unknown kind " + entry.kind());
        };
    }

    /**
     * "Spain condemns Russia": the tagger takes a verb in "-s" right after a name or pronoun for a
     * plural noun ("Spain condemns" as "Spain bonds"); followed by a determiner, a name or "that", it is the verb.
     */
    private static boolean presentTenseAfterName(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!token.pos().equals("NOUN") || !token.lower().endsWith("s") || i == 0 || i + 1 >= tokens.size()) {
            return false;
        }
        String before = tokens.get(i - 1).pos();
        Token after = tokens.get(i + 1);
        return (before.equals("PROPN") || before.equals("PRON"))
                && (after.pos().equals("DET") || after.pos().equals("PROPN") || after.lower().equals("that"));
    }

    /** "a “political” support": a word after a determiner or adjective is a noun, whatever the tagger said. */
    private static boolean determined(List<Token> tokens, int i) {
        int before = i - 1;
        while (before >= 0 && (tokens.get(before).isPunctuation() || tokens.get(before).pos().equals("CCONJ"))) {
            before--;
        }
        return before >= 0 && MODIFIER_TAGS.contains(tokens.get(before).pos()) && !tokens.get(before).lower().equals("that");
    }

    /**
     * A phrase's lemmas in order, from token {@code i}; after a verb, one adverb or day word may come
     * between its words ("spoke today with", "called again for").
     */
    private static Trigger phrase(Entry entry, List<Token> tokens, int i) {
        String[] lemmas = entry.lemmas();
        int at = i;
        boolean skipped = false;
        for (int k = 1; k < lemmas.length; k++) {
            at++;
            if (at < tokens.size() && !skipped && !matches(tokens.get(at), lemmas[k]) && VERB_TAGS.contains(tokens.get(i).pos())
                    && isAside(tokens.get(at))) {
                at++;
                skipped = true;
            }
            if (at >= tokens.size() || !matches(tokens.get(at), lemmas[k])) {
                return null;
            }
        }
        return new Trigger(i, at, entry.act(), NOUN_TAGS.contains(tokens.get(i).pos()));
    }

    private static boolean matches(Token token, String lemma) {
        return token.lemma().equals(lemma) || token.lower().equals(lemma);
    }

    /** An adverb ("again", "also") or a day word ("today", "Monday") that may stand inside a phrase. */
    private static boolean isAside(Token token) {
        return token.pos().equals("ADV") || DAY_WORDS.contains(token.lower());
    }
}
