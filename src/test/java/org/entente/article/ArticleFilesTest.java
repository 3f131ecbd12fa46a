package org.entente.article;

import org.entente.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleFilesTest {

    static final Path FIXTURES = Path.of("src/test/resources/articles");

    final List<String> skipped = new ArrayList<>();

    List<Article> read(Path... inputs) {
        return ArticleFiles.readAll(List.of(inputs), ArticleMetadata.NONE, skipped::add);
    }

    @Test
    void aTextArticleTakesItsMetadataFromTheSidecarAndKeepsItsTextExactly() throws IOException {
        Article article = read(SampleData.ARTICLES.resolve("000_ce898c134fb15a02.txt")).get(0);

        assertThat(article.id()).isEqualTo("000_ce898c134fb15a02");
        assertThat(article.published()).isEqualTo(LocalDate.of(2021, 12, 10));
        assertThat(article.text()).isEqualTo(Files.readString(SampleData.ARTICLES.resolve("000_ce898c134fb15a02.txt")));
    }

    @Test
    void frontMatterGivesTheMetadataAndIsNotPartOfTheText() {
        Article article = read(FIXTURES.resolve("front-matter.txt")).get(0);

        assertThat(article.title()).isEqualTo("NATO rejects Russia's demand");
        assertThat(article.source()).isEqualTo("Test Wire");
        assertThat(article.text()).isEqualTo("NATO on Friday rejected Russia's demand.\n");
    }

    @Test
    void anHtmlPageKeepsTheArticlesParagraphsAndDropsItsBoilerplate() {
        Article article = read(FIXTURES.resolve("page-with-boilerplate.html")).get(0);

        assertThat(article.title()).isEqualTo("Turkey blocks Nordic NATO bids");
        assertThat(article.published()).isEqualTo(LocalDate.of(2022, 5, 18));
        assertThat(article.url()).isEqualTo("https://example.org/news/turkey-blocks-nordic-bids");
        assertThat(article.text()).contains("Turkey on Wednesday blocked").contains("accused both countries")
                .doesNotContain("Iran threatens Israel").doesNotContain("REUTERS").doesNotContain("Leave a comment")
                .doesNotContain("Home").doesNotContain("Copyright");
    }

    @Test
    void aFeedIsReadLineByLineAndABrokenLineIsSkippedWithItsNumber() {
        List<Article> articles = read(FIXTURES.resolve("feed.jsonl"));

        assertThat(articles).extracting(Article::title).containsExactly("First", "No id", "Third");
        assertThat(articles.get(0).id()).isEqualTo("feed-first");
        assertThat(articles.get(1).id()).startsWith("feed-").isEqualTo(read(FIXTURES.resolve("feed.jsonl")).get(1).id());
        assertThat(articles.get(2).id()).isEqualTo("feed-6");
        assertThat(skipped).anySatisfy(s -> assertThat(s).contains("feed.jsonl, line 3").contains("not valid JSON"))
                .anySatisfy(s -> assertThat(s).contains("feed.jsonl, line 4").contains("no publication date"));
    }

    @Test
    void brokenFilesAreSkippedWithTheirNameAndTheRestGoesOn(@TempDir Path dir) throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'N', 'A', 'T', 'O', ' ', (byte) 0xE9});
        Files.writeString(dir.resolve("latin1.json"), "{\"published\": \"2021-12-10\"}");
        Path noDate = Files.writeString(dir.resolve("no-date.txt"), "Russia demanded guarantees.");

        List<Article> articles = read(latin1, noDate, FIXTURES.resolve("page-without-body.html"), FIXTURES.resolve("front-matter.txt"));

        assertThat(articles).extracting(Article::id).containsExactly("front-matter");
        assertThat(skipped).hasSize(3)
                .anySatisfy(s -> assertThat(s).contains("latin1.txt").contains("not UTF-8"))
                .anySatisfy(s -> assertThat(s).contains("no-date.txt").contains("no publication date"))
                .anySatisfy(s -> assertThat(s).contains("page-without-body.html").contains("no article text"));
    }

    @Test
    void aFileOfAnotherKindAFolderWithoutArticlesAndAnEmptyFeedAreSkippedWithTheirNames(@TempDir Path dir) throws IOException {
        Path pdf = Files.write(dir.resolve("report.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.md"), "not an article");
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), "\n");

        List<Article> articles = ArticleFiles.readAll(List.of(pdf, empty, feed),
                new ArticleMetadata(null, null, "2021-12-17", null, null, null), skipped::add);

        assertThat(articles).isEmpty();
        assertThat(skipped).hasSize(3)
                .anySatisfy(s -> assertThat(s).contains("report.pdf: not an article file"))
                .anySatisfy(s -> assertThat(s).contains("empty: a folder with no article in it"))
                .anySatisfy(s -> assertThat(s).contains("feed.jsonl: an empty feed"));
    }

    @Test
    void aPublicationDayForTheBatchFillsInWhereMetadataLacksOne(@TempDir Path dir) throws IOException {
        Path noDate = Files.writeString(dir.resolve("no-date.txt"), "Russia demanded guarantees.");

        List<Article> articles = ArticleFiles.readAll(List.of(noDate),
                new ArticleMetadata(null, null, "2021-12-17", null, null, null), skipped::add);

        assertThat(articles.get(0).published()).isEqualTo(LocalDate.of(2021, 12, 17));
    }
}
