package org.entente.extract;

import org.entente.reference.Gazetteer;
import org.entente.reference.Gazetteer.Kind;
import org.entente.reference.Gazetteer.Match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the actors a sentence mentions: the longest run of words the gazetteer knows at each
 * place (so "Russian Foreign Ministry" is the ministry, not the demonym), plural demonyms ("the
 * Russians"), and the words whose actor comes from the context: personal pronouns, "it"/"its",
 * "the ministry", "this country". A name with several readings that day (Brussels: NATO or the EU)
 * is left out rather than guessed.
 */
final class MentionFinder {

    private static final Set<String> PERSONAL = Set.of("he", "she", "his", "her");
    private static final Set<String> THINGS = Set.of("it", "its", "they", "their");
    private static final Set<String> FIRST = Set.of("we", "our", "i");
    private static final Set<String> BODIES = Set.of("ministry", "department", "office", "administration");
    private static final Set<String> COUNTRIES = Set.of("country", "state", "nation");
    private static final Set<String> COUNTRY_DETERMINERS = Set.of("this", "that", "the");
    private static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "’s");
    private static final Set<String> NOUN_TAGS = Set.of("NOUN", "PROPN");
    private static final Map<Kind, Mention.Reference> REFERENCES = Map.of(Kind.NAME, Mention.Reference.NAME,
            Kind.ALIAS, Mention.Reference.NAME, Kind.METONYM, Mention.Reference.METONYM, Kind.DEMONYM, Mention.Reference.DEMONYM,
            Kind.PERSON, Mention.Reference.PERSON, Kind.OFFICE, Mention.Reference.OFFICE);

    private final Gazetteer gazetteer;
    private final Cues cues;

    MentionFinder(Gazetteer gazetteer, Cues cues) {
        this.gazetteer = gazetteer;
        this.cues = cues;
    }

    List<Mention> find(Sentence sentence, String text, LocalDate day, Discourse discourse) {
        List<Token> tokens = sentence.tokens();
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Mention mention = longestName(sentence, text, i, day);
            if (mention != null && mention.actor() != null && mention.actor().startsWith("state/")) {
                mention = withTitledName(mention, sentence, text, discourse);
            }
            if (mention == null) {
                mention = introduced(sentence, text, i, discourse);
            }
            if (mention == null) {
                mention = contextual(tokens, i);
            }
            if (mention != null) {
                mentions.add(mention);
                i = mention.last() + 1;
            } else {
                i++;
            }
        }
        return mentions;
    }

    /**
     * "Belarusian President Alexander Lukashenko", "Pakistan's Prime Minister Imran Khan": a state's
     * name or demonym, title words, then a name the tables do not know. The mention covers it all,
     * and the name (and surname) speak for the state in the rest of the article.
     */
    private Mention withTitledName(Mention state, Sentence sentence, String text, Discourse discourse) {
        List<Token> tokens = sentence.tokens();
        int i = state.last() + 1;
        if (i < tokens.size() && POSSESSIVE_MARKS.contains(tokens.get(i).text())) {
            i++;
        }
        int titles = 0;
        while (i < tokens.size() && cues.is("title", tokens.get(i))) {
            titles++;
            i++;
        }
        int nameStart = i;
        while (i < tokens.size() && tokens.get(i).pos().equals("PROPN") && Character.isUpperCase(tokens.get(i).text().charAt(0))
                && gazetteer.lookup(tokens.get(i).text(), LocalDate.MIN.plusYears(1)).isEmpty()) {
            i++;
        }
        if (titles == 0 || i == nameStart || i - nameStart > 3) {
            return state;
        }
        discourse.introduce(sentence.span(nameStart, i - 1, text), state.actor());
        discourse.introduce(tokens.get(i - 1).text(), state.actor());
        return new Mention(state.first(), i - 1, state.entity(), state.actor(), Mention.Reference.PERSON, null, null);
    }

    /** A name introduced earlier in the article with a title ("Lukashenko"). */
    private static Mention introduced(Sentence sentence, String text, int first, Discourse discourse) {
        List<Token> tokens = sentence.tokens();
        for (int n = Math.min(3, tokens.size() - first); n >= 1; n--) {
            String actor = discourse.introduced(sentence.span(first, first + n - 1, text));
            if (actor != null) {
                return new Mention(first, first + n - 1, null, actor, Mention.Reference.PERSON, null, null);
            }
        }
        return null;
    }

    private Mention longestName(Sentence sentence, String text, int first, LocalDate day) {
        List<Token> tokens = sentence.tokens();
        if (tokens.get(first).isPunctuation() || !Character.isLetter(tokens.get(first).text().charAt(0))) {
            return null;
        }
        int longest = Math.min(tokens.size() - first, gazetteer.longestName() + 1);
        int reach = 1; // the runs of fewer words than reach all begin some name; a longer run cannot be one unless they do
        while (reach < longest && gazetteer.beginsName(sentence.span(first, first + reach - 1, text))) {
            reach++;
        }
        for (int n = reach; n >= 1; n--) {
            int last = first + n - 1;
            if (tokens.get(last).isPunctuation()) {
                continue;
            }
            String words = sentence.span(first, last, text);
            List<Match> matches = gazetteer.lookup(words, day);
            if (matches.isEmpty() && n == 1 && words.endsWith("s")) {
                matches = gazetteer.lookup(words.substring(0, words.length() - 1), day).stream()
                        .filter(match -> match.kind() == Kind.DEMONYM).toList();
            }
            if (matches.size() == 1) {
                Match match = matches.get(0);
                if (match.kind() == Kind.METONYM && last + 1 < tokens.size() && NOUN_TAGS.contains(tokens.get(last + 1).pos())) {
                    return null; // "the Bucharest summit": the city names a place, not a government
                }
                return new Mention(first, last, match.entity(), match.actor(), REFERENCES.get(match.kind()), null, null);
            }
            if (matches.size() > 1) {
                return null; // ambiguous that day: leave it
            }
        }
        return null;
    }

    private static Mention contextual(List<Token> tokens, int i) {
        String word = tokens.get(i).lower();
        if (PERSONAL.contains(word) && tokens.get(i).pos().equals("PRON")) {
            return new Mention(i, i, null, null, Mention.Reference.PERSONAL_PRONOUN, null, null);
        }
        if (FIRST.contains(word) && tokens.get(i).pos().equals("PRON")) {
            return new Mention(i, i, null, null, Mention.Reference.FIRST_PERSON, null, null);
        }
        if (THINGS.contains(word) && tokens.get(i).pos().equals("PRON")) {
            return new Mention(i, i, null, null, Mention.Reference.THING_PRONOUN, null, null);
        }
        if (i + 1 < tokens.size() && tokens.get(i).lower().equals("the") && BODIES.contains(tokens.get(i + 1).lower())) {
            return new Mention(i, i + 1, null, null, Mention.Reference.BODY, null, null);
        }
        if (COUNTRY_DETERMINERS.contains(word)) {
            int noun = i + 1;
            if (noun < tokens.size() && tokens.get(noun).lemma().startsWith("neighbo")) {
                noun++;
            }
            if (noun < tokens.size() && COUNTRIES.contains(tokens.get(noun).lower())) {
                return new Mention(i, noun, null, null, Mention.Reference.COUNTRY, null, null);
            }
        }
        return null;
    }
}
