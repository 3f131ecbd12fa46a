package org.entente.extract;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.entente.io.ClasspathResources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Apache OpenNLP's English models (UD English-EWT, from Maven Central), loaded once: sentences,
 * tokens, universal part-of-speech tags and lemmas of a piece of text, with offsets into the
 * article. The thread-safe OpenNLP front ends (and {@link PartOfSpeechTagger}, which tags as
 * OpenNLP's tagger does, faster) keep their state per thread, so one {@code EnglishNlp} serves every
 * extraction thread.
 */
public final class EnglishNlp {

    private static final String MODELS = "/opennlp-en-ud-ewt-%s-1.3-2.5.4.bin";
    private static final int MAX_REMEMBERED_LEMMAS = 500_000;
    private static final String QUOTES = "“”\"‘«»";

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokenizer;
    private final PartOfSpeechTagger tagger;
    private final ThreadSafeLemmatizerME lemmatizer;
    private final java.util.concurrent.ConcurrentHashMap<String, String> lemmas = new java.util.concurrent.ConcurrentHashMap<>();

    private EnglishNlp() throws IOException {
        try (InputStream sentence = model("sentence"); InputStream tokens = model("tokens");
             InputStream pos = model("pos"); InputStream lemmas = model("lemmas")) {
            sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(sentence));
            tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(tokens));
            tagger = PartOfSpeechTagger.of(new POSModel(pos));
            lemmatizer = new ThreadSafeLemmatizerME(new LemmatizerModel(lemmas));
        }
    }

    public static EnglishNlp load() {
        try {
            return new EnglishNlp();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English models", e);
        }
    }

    /** The sentences of {@code text[from, to)} (one paragraph), with offsets into {@code text}. */
    List<Sentence> sentences(String text, int from, int to) {
        String paragraph = text.substring(from, to);
        List<Sentence> result = new ArrayList<>();
        for (Span span : joinedAfterAbbreviations(paragraph, sentences.sentPosDetect(paragraph))) {
            int start = from + span.getStart();
            int end = from + span.getEnd();
            result.add(new Sentence(text.substring(start, end), start, end, tokens(text, start, end)));
        }
        return result;
    }

    /** "President Joseph R. Biden, Jr. spoke today": a sentence does not start in lower case, so a split before one is an abbreviation's full stop. */
    private static List<Span> joinedAfterAbbreviations(String paragraph, Span[] spans) {
        List<Span> joined = new ArrayList<>();
        for (Span span : spans) {
            boolean continues = !joined.isEmpty() && Character.isLowerCase(paragraph.charAt(span.getStart()));
            if (continues) {
                Span previous = joined.remove(joined.size() - 1);
                joined.add(new Span(previous.getStart(), span.getEnd()));
            } else {
                joined.add(span);
            }
        }
        return joined;
    }

    /** Just the sentence split and the tokens, the baseline an extraction benchmark compares with. */
    public int splitAndTokenise(String text) {
        int tokens = 0;
        for (String sentence : sentences.sentDetect(text)) {
            tokens += tokenizer.tokenize(sentence).length;
        }
        return tokens;
    }

    /** How many sentences the detector finds in {@code text}, for reports. */
    public int sentenceCount(String text) {
        return sentences.sentDetect(text).length;
    }

    private List<Token> tokens(String text, int start, int end) {
        List<Span> spans = new ArrayList<>();
        for (Span span : tokenizer.tokenizePos(text.substring(start, end))) {
            splitQuotes(text, start + span.getStart(), start + span.getEnd(), spans);
        }
        splitFinalStop(text, spans);
        String[] words = spans.stream().map(span -> text.substring(span.getStart(), span.getEnd())).toArray(String[]::new);
        String[] tags = tagger.tag(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(words[i], spans.get(i).getStart(), spans.get(i).getEnd(), tags[i], lemma(words[i], tags[i])));
        }
        return tokens;
    }

    /** The packaged OpenNLP model of a kind ({@code sentence}, {@code tokens}, {@code pos}, {@code lemmas}). */
    static InputStream model(String kind) throws IOException {
        InputStream in = ClasspathResources.find(String.format(MODELS, kind)).orElse(null);
        if (in == null) {
            throw new IOException("the OpenNLP model " + String.format(MODELS, kind) + " is not on the classpath");
        }
        return in;
    }

    /**
     * The lemma of a word with its tag. OpenNLP's statistical lemmatizer costs several milliseconds
     * a sentence, most of a sentence's analysis, and what decides a lemma is the word and its tag;
     * so each word and tag is lemmatised once, on its own (the same answer whatever sentence comes
     * first, which keeps extraction a pure function), and remembered.
     */
    private String lemma(String word, String tag) {
        String key = tag + '\t' + word;
        String lemma = lemmas.get(key);
        if (lemma == null) {
            lemma = lemmatizer.lemmatize(new String[] {word}, new String[] {tag})[0].toLowerCase(java.util.Locale.ROOT);
            if (lemmas.size() < MAX_REMEMBERED_LEMMAS) {
                lemmas.put(key, lemma);
            }
        }
        return lemma;
    }

    /** The tokenizer keeps typographic quotes on words ("”We"): they are tokens of their own. */
    private static void splitQuotes(String text, int start, int end, List<Span> spans) {
        int from = start;
        int to = end;
        while (from < to - 1 && QUOTES.indexOf(text.charAt(from)) >= 0) {
            spans.add(new Span(from, from + 1));
            from++;
        }
        List<Span> trailing = new ArrayList<>();
        while (to - 1 > from && QUOTES.indexOf(text.charAt(to - 1)) >= 0) {
            trailing.add(0, new Span(to - 1, to));
            to--;
        }
        splitPossessive(text, from, to, spans);
        spans.addAll(trailing);
    }

    /** The tokenizer sometimes keeps the full stop on a sentence's last word ("attempt."): it is a token of its own, unless the word is an abbreviation ("U.S."). */
    private static void splitFinalStop(String text, List<Span> spans) {
        if (spans.isEmpty()) {
            return;
        }
        Span last = spans.get(spans.size() - 1);
        String word = text.substring(last.getStart(), last.getEnd());
        if (word.length() > 1 && word.endsWith(".") && word.indexOf('.') == word.length() - 1) {
            spans.set(spans.size() - 1, new Span(last.getStart(), last.getEnd() - 1));
            spans.add(new Span(last.getEnd() - 1, last.getEnd()));
        }
    }

    /** The tokenizer keeps "Putin's" whole; the possessive is a token of its own for what follows. */
    private static void splitPossessive(String text, int start, int end, List<Span> spans) {
        if (end - start > 2 && (text.startsWith("'s", end - 2) || text.startsWith("’s", end - 2))) {
            spans.add(new Span(start, end - 2));
            spans.add(new Span(end - 2, end));
        } else {
            spans.add(new Span(start, end));
        }
    }
}
