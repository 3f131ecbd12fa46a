package org.entente.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The articles among files and folders a user names: {@code .txt} (with a sidecar {@code .json} or
 * front matter), {@code .html}/{@code .htm} and {@code .jsonl} feeds; folders are read in name order,
 * and a {@code .json} file in a folder is taken as a sidecar, not an article. Articles are handed on
 * one at a time; a file (or feed line) that cannot be read is handed to {@code skipped} with its
 * name and the reason, and the rest goes on. So is an input that holds no article: a file of
 * another kind (a {@code .pdf}), a folder without article files, an empty feed.
 */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    public static void read(List<Path> inputs, ArticleMetadata defaults, Consumer<Article> articles, Consumer<String> skipped) {
        for (Path file : files(inputs, skipped)) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            try {
                if (name.endsWith(".jsonl")) {
                    JsonlArticleReader.read(file, defaults, articles, skipped);
                } else if (name.endsWith(".html") || name.endsWith(".htm")) {
                    articles.accept(HtmlArticleReader.read(file, defaults));
                } else {
                    articles.accept(TxtArticleReader.read(file, defaults));
                }
            } catch (UnreadableArticleException e) {
                skipped.accept(e.getMessage());
            }
        }
    }

    /**
     * The articles of {@code inputs} handed on {@code size} at a time (the last batch may be smaller;
     * none is empty), so that a long feed streams through in bounded memory.
     */
    public static void readBatches(List<Path> inputs, ArticleMetadata defaults, int size, Consumer<List<Article>> batches,
                                   Consumer<String> skipped) {
        List<Article> batch = new ArrayList<>(size);
        read(inputs, defaults, article -> {
            batch.add(article);
            if (batch.size() == size) {
                batches.accept(List.copyOf(batch));
                batch.clear();
            }
        }, skipped);
        if (!batch.isEmpty()) {
            batches.accept(List.copyOf(batch));
        }
    }

    /** Every article of {@code inputs}, for callers that want them all at once; problems go to {@code skipped}. */
    public static List<Article> readAll(List<Path> inputs, ArticleMetadata defaults, Consumer<String> skipped) {
        List<Article> all = new ArrayList<>();
        read(inputs, defaults, all::add, skipped);
        return all;
    }

    private static final String KINDS = "articles are .txt, .html, .htm or .jsonl files";

    private static List<Path> files(List<Path> inputs, Consumer<String> skipped) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> listing = Files.list(input)) {
                    List<Path> articles = listing.filter(ArticleFiles::isArticle).sorted().toList();
                    if (articles.isEmpty()) {
                        skipped.accept(input + ": a folder with no article in it (" + KINDS + ")");
                    }
                    files.addAll(articles);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + input, e);
                }
            } else if (Files.isRegularFile(input) && !isArticle(input)) {
                skipped.accept(input + ": not an article file (" + KINDS + ")");
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                skipped.accept(input + ": no such file or folder");
            }
        }
        return files;
    }

    private static boolean isArticle(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".jsonl");
    }
}
