package org.entente.extract;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.entente.SampleData;
import org.entente.article.Article;
import org.entente.article.ArticleFiles;
import org.entente.article.ArticleMetadata;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PartOfSpeechTaggerTest {

    @Test
    void everySentenceGetsTheTagsOfOpenNlpsTagger() throws IOException {
        POSModel model;
        try (InputStream in = EnglishNlp.model("pos")) {
            model = new POSModel(in);
        }
        POSTaggerME openNlp = new POSTaggerME(model);
        PartOfSpeechTagger tagger = PartOfSpeechTagger.of(model);
        List<String[]> sentences = sentences(SampleData.ARTICLES, ExtractionQualityTest.HELD_OUT.resolve("articles"));

        assertThat(sentences).hasSizeGreaterThan(150);
        for (String[] words : sentences) {
            assertThat(tagger.tag(words)).as(String.join(" ", words)).containsExactly(openNlp.tag(words));
        }
    }

    @Test
    void theKthLargestValueIsTheOneSortingPutsThere() {
        Random random = new Random(8);
        double[] special = {0.0, -0.0, Double.NaN, 1.0, 1.0, Double.MIN_VALUE};
        for (int round = 0; round < 1000; round++) {
            double[] values = new double[1 + random.nextInt(40)];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(4) == 0 ? special[random.nextInt(special.length)] : random.nextInt(5) / 4.0;
            }
            int k = 1 + random.nextInt(values.length);
            double[] sorted = values.clone();
            Arrays.sort(sorted);

            assertThat(Double.compare(PartOfSpeechTagger.largest(values, k), sorted[values.length - k])).as(Arrays.toString(values) + " k=" + k).isZero();
        }
    }

    private static List<String[]> sentences(Path... folders) {
        EnglishNlp nlp = EnglishNlp.load();
        List<String[]> sentences = new ArrayList<>();
        for (Article article : ArticleFiles.readAll(List.of(folders), ArticleMetadata.NONE, skipped -> { })) {
            for (Paragraph paragraph : PageNoise.load().paragraphs(article.text())) {
                for (Sentence sentence : nlp.sentences(article.text(), paragraph.start(), paragraph.end())) {
                    sentences.add(sentence.tokens().stream().map(Token::text).toArray(String[]::new));
                }
            }
        }
        return sentences;
    }
}
