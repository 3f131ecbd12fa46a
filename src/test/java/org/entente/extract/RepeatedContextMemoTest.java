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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatedContextMemoTest {

    @Test
    void theTaggerBehindTheMemoGivesOpenNlpsTagsToEverySentence() throws IOException {
        POSModel model;
        try (InputStream in = EnglishNlp.model("pos")) {
            model = new POSModel(in);
        }
        POSTaggerME plain = new POSTaggerME(model);
        POSTaggerME memoised = new POSTaggerME(RepeatedContextMemo.over(model));
        List<String[]> sentences = sentences(SampleData.ARTICLES, ExtractionQualityTest.HELD_OUT.resolve("articles"));

        assertThat(sentences).hasSizeGreaterThan(150);
        for (String[] words : sentences) {
            assertThat(memoised.tag(words)).as(String.join(" ", words)).containsExactly(plain.tag(words));
        }
    }

    private static List<String[]> sentences(Path... folders) {
        EnglishNlp nlp = EnglishNlp.load();
        List<String[]> sentences = new ArrayList<>();
        for (Article article : ArticleFiles.readAll(List.of(folders), ArticleMetadata.NONE, skipped -> { })) {
            for (Paragraph paragraph : PageNoise.paragraphs(article.text())) {
                for (Sentence sentence : nlp.sentences(article.text(), paragraph.start(), paragraph.end())) {
                    sentences.add(sentence.tokens().stream().map(Token::text).toArray(String[]::new));
                }
            }
        }
        return sentences;
    }
}
