package org.entente.extract;

import org.entente.article.Article;
import org.entente.facts.ArticleInfo;
import org.entente.facts.Facts;
import org.entente.facts.Span;
import org.entente.facts.Statement;
import org.entente.reference.Gazetteer;
import org.entente.reference.ReferenceData;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Extraction: {@code Facts extract(Article)}, a pure function of the article, safe to call from
 * many threads at once. Reads the article's prose (page noise left out), sentence by sentence,
 * keeping a {@link Discourse} of the story so far, and turns each act read into statements in the
 * facts format, with the sentence, the rule that read it and how sure it is.
 */
public final class FactsExtractor {

    private static final Pattern OUTER_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{Punct}\\s]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final EnglishNlp nlp;
    private final MentionFinder mentions;
    private final ActReader acts;
    private final Cues cues;
    private final ActorDirectory directory;
    private final PropositionBuilder propositions;
    private final PageNoise pageNoise;
    private final Syntax syntax;
    private final Authors authors;
    private final ActCodes codes = ActCodes.load();

    private FactsExtractor(EnglishNlp nlp, Gazetteer gazetteer, ReferenceData reference, ActLexicon lexicon, Cues cues) {
        this.nlp = nlp;
        this.mentions = new MentionFinder(gazetteer, cues);
        this.syntax = Syntax.load();
        this.acts = new ActReader(lexicon, cues, syntax, SyntaxReader.load());
        this.cues = cues;
        this.directory = new ActorDirectory(reference);
        this.propositions = new PropositionBuilder(cues, directory);
        this.pageNoise = PageNoise.load();
        this.authors = new Authors(gazetteer);
    }

    /** An extractor with the packaged models and lexicons, resolving names with the given reference data. */
    public static FactsExtractor load(ReferenceData reference) {
        return new FactsExtractor(EnglishNlp.load(), Gazetteer.of(reference), reference, ActLexicon.load(), Cues.load());
    }

    public Facts extract(Article article) {
        ArticleFacts facts = new ArticleFacts(directory);
        Discourse discourse = new Discourse(authors.of(article));
        int sentenceNumber = 0;
        for (Sentence sentence : proseSentences(article.text())) {
            sentenceNumber++;
            readSentence(article, sentence, sentenceNumber, discourse, facts);
        }
        return facts.toFacts(new ArticleInfo(article.id(), article.title(), article.published().toString(), article.source(),
                article.url(), article.language()));
    }

    /**
     * For benchmarks: CoreNLP's tag and parse of every prose sentence of the article, what extraction
     * would cost if it parsed every sentence rather than those that can hold an act. Returns the
     * number of sentences parsed.
     */
    public int parseEverySentence(Article article) {
        List<Sentence> sentences = proseSentences(article.text());
        sentences.forEach(syntax::parse);
        return sentences.size();
    }

    /** How many prose sentences the article has, as extraction splits them. */
    public int sentenceCount(Article article) {
        return proseSentences(article.text()).size();
    }

    /** The sentences of the article's prose, page noise left out. */
    private List<Sentence> proseSentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        for (Paragraph paragraph : pageNoise.paragraphs(text)) {
            if (paragraph.isProse()) {
                sentences.addAll(nlp.sentences(text, paragraph.start(), paragraph.end()));
            }
        }
        return sentences;
    }

    private void readSentence(Article article, Sentence sentence, int number, Discourse discourse, ArticleFacts facts) {
        String text = article.text();
        List<Mention> found = inContext(mentions.find(sentence, text, article.published(), discourse), sentence, discourse);
        List<DateExpression> dates = DateResolver.find(sentence, article.published());
        SentenceMentions sentenceMentions = new SentenceMentions(sentence, found, dates);
        found.stream().filter(m -> m.entity() != null && m.reference() != Mention.Reference.PERSON || m.entity() != null && m.entity().startsWith("person/"))
                .forEach(m -> facts.mention(m.entity(), m.actor(), sentence.span(m.first(), m.last(), text), sentence.tokens().get(m.first()).start()));
        for (Draft draft : acts.read(sentence, sentenceMentions, discourse)) {
            if (draft.targets().isEmpty()) {
                draft = withContextTargets(draft, sentenceMentions, discourse, facts, number);
            }
            List<String> targets = draft.targets();
            DateExpression date = closest(dates, sentence.tokens().get(draft.trigger().first()).start());
            String day = date == null || date.inheritsPrevious() ? discourse.day() : date.date();
            if (day == null && date == null && inPresent(sentence, draft.trigger())) {
                day = article.published().toString(); // "The United States condemns": news of the day
            }
            for (String actor : draft.actors()) {
                for (String target : targets.isEmpty() ? Collections.<String>singletonList(null) : targets) {
                    if (actor.equals(target) || !facts.canAct(actor)) {
                        continue;
                    }
                    PropositionBuilder.Built what = propositions.build(sentence, text, draft.complementStart(), actor, target,
                            sentenceMentions, discourse, article.id(), facts.statementCount() + 1);
                    String speaker = draft.subject() != null && draft.subject().entity() != null
                            && !draft.subject().entity().equals(actor) ? draft.subject().entity() : null;
                    facts.statement(new Statement(draft.act(), actor, speaker, target,
                            what == null ? null : what.proposition().id(), day, date == null ? null : date.text(),
                            new Span(sentence.text(), sentence.start(), sentence.end()), quote(sentence),
                            attribution(sentence), draft.negated(), draft.confidence(), draft.rule(),
                            codes.cameo(draft.act()), codes.plover(draft.act())), what, number);
                    discourse.acted(actor, draft.subject(), day);
                }
            }
        }
        dates.forEach(date -> discourse.dated(date.date()));
    }

    /** Resolves pronouns and the like where they stand, and tells the discourse of every mention in order. */
    private List<Mention> inContext(List<Mention> found, Sentence sentence, Discourse discourse) {
        List<Mention> resolved = new ArrayList<>(found);
        SentenceMentions positions = new SentenceMentions(sentence, found);
        for (int m = 0; m < resolved.size(); m++) {
            Mention mention = resolved.get(m);
            if (mention.needsContext()) {
                mention = mention.inContext(discourse.resolve(mention, null), discourse.recent());
                resolved.set(m, mention);
            }
            String actor = mention.needsContext() ? mention.contextActor() : mention.actor();
            if (actor != null) {
                discourse.named(new Mention(mention.first(), mention.last(), mention.entity(), actor, mention.reference(), null, null),
                        positions.isSubjectCandidate(m, cues));
            }
        }
        return resolved;
    }

    /**
     * A target the sentence does not name: the other party of "between X and Y"; the actor of the
     * last act for "the move" or "the invitation"; else the target of the same actor's last act of
     * the same kind in the sentences just before (a list of demands to one addressee); else, less
     * surely, the actor named last other than the actor (the story's other party: "condemned the
     * diversion of the plane" in a story about Belarus).
     */
    private Draft withContextTargets(Draft draft, SentenceMentions mentions, Discourse discourse, ArticleFacts facts, int sentence) {
        String actor = draft.actors().get(0);
        String partner = mentions.partnerInBetween(draft.complementStart(), actor, discourse);
        if (partner != null) {
            return draft.withTargets(List.of(partner), draft.rule(), draft.confidence());
        }
        if (mentions.eventNounAfter(draft.complementStart(), cues)) {
            String previous = facts.lastMover(sentence, actor);
            if (previous != null) {
                return draft.withTargets(List.of(previous), draft.rule(), draft.confidence());
            }
        }
        String earlier = facts.lastTarget(actor, draft.act(), sentence);
        if (earlier != null) {
            return draft.withTargets(List.of(earlier), draft.rule(), draft.confidence());
        }
        String recent = discourse.recentOtherThan(actor);
        return recent == null ? draft : draft.withTargets(List.of(recent), draft.rule() + "+recent-actor-as-target", draft.confidence() - 0.2);
    }

    /** Whether the act word is a verb in the present ("condemns", "urge") or the present perfect ("has condemned"). */
    private static boolean inPresent(Sentence sentence, Trigger trigger) {
        List<Token> tokens = sentence.tokens();
        Token verb = tokens.get(trigger.first());
        if (trigger.noun() || !verb.isVerb()) {
            return false;
        }
        String before = trigger.first() > 0 ? tokens.get(trigger.first() - 1).lower() : "";
        boolean perfect = before.equals("has") || before.equals("have") || before.equals("’ve") || before.equals("'ve");
        boolean present = verb.lower().equals(verb.lemma()) && !verb.lower().endsWith("ed")
                || verb.lower().equals(verb.lemma() + "s") || verb.lower().equals(verb.lemma() + "es");
        return perfect || present && !before.equals("to");
    }

    private static DateExpression closest(List<DateExpression> dates, int at) {
        DateExpression best = null;
        for (DateExpression date : dates) {
            if (best == null || Math.abs(date.start() - at) < Math.abs(best.start() - at)) {
                best = date;
            }
        }
        return best;
    }

    private static String quote(Sentence sentence) {
        String s = sentence.text();
        int open = indexOfAny(s, "“\"«”", 0);
        int close = lastIndexOfAny(s, "”\"»“");
        if (open < 0 || close <= open + 1) {
            return null;
        }
        String quoted = OUTER_PUNCTUATION.matcher(s.substring(open + 1, close).strip()).replaceAll("");
        return SPACES.split(quoted).length >= 3 ? quoted : null;
    }

    private static String attribution(Sentence sentence) {
        String s = sentence.text();
        int at = s.toLowerCase(java.util.Locale.ROOT).indexOf("according to ");
        if (at < 0) {
            return null;
        }
        int end = s.indexOf(',', at);
        return TRAILING_PUNCTUATION.matcher(s.substring(at, end < 0 ? s.length() : end)).replaceAll("");
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOfAny(String s, String chars) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
