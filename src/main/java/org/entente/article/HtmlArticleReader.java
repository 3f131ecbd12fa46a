package org.entente.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * HTML pages, read with jsoup: the metadata from the page's {@code meta} tags, and the text of the
 * article's own paragraphs, without navigation, headers and footers, captions, forms, share and
 * comment blocks, and lists of links to other pages ("more in this section", "related").
 */
final class HtmlArticleReader {

    private static final String REMOVED_TAGS = "script, style, noscript, template, nav, header, footer, aside, form, figure,"
            + " figcaption, iframe, button, select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(^|[-_ ])(nav|menu|related|share|social|comment|comments|footer|header|sidebar|promo|newsletter|caption|credit"
                    + "|breadcrumb|more|advert|ad|ads|cookie|subscribe|tags|byline)([-_ ]|$)", Pattern.CASE_INSENSITIVE);
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote";

    private HtmlArticleReader() {
    }

    static Article read(Path file, ArticleMetadata defaults) {
        Document page = Jsoup.parse(TextFiles.read(file));
        ArticleMetadata metadata = metadata(page);
        Element root = contentRoot(page);
        root.select(REMOVED_TAGS).remove();
        for (Element element : new ArrayList<>(root.getAllElements())) {
            if (element != root && element.parent() != null && BOILERPLATE.matcher(element.className() + " " + element.id()).find()) {
                element.remove();
            }
        }
        root.select("ul, ol").stream().filter(HtmlArticleReader::isLinkList).toList().forEach(Element::remove);
        List<String> paragraphs = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            if (block.select(BLOCKS).size() > 1) {
                continue; // a container of blocks: its children are taken one by one
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(block.tagName().equals("li") ? "• " + text : text);
            }
        }
        if (paragraphs.isEmpty()) {
            throw new UnreadableArticleException(file + ": the HTML page has no article text (no paragraphs outside navigation and boilerplate)");
        }
        return ArticleBuilder.build(metadata, defaults, TextFiles.stem(file), String.join("\n\n", paragraphs), file.toString());
    }

    private static ArticleMetadata metadata(Document page) {
        String title = firstOf(page.select("meta[property=og:title]").attr("content"), page.title(), page.select("h1").text());
        String published = firstOf(page.select("meta[property=article:published_time]").attr("content"),
                page.select("meta[name=date], meta[name=pubdate], meta[itemprop=datePublished]").attr("content"),
                page.select("time[datetime]").attr("datetime"));
        String url = firstOf(page.select("link[rel=canonical]").attr("href"), page.select("meta[property=og:url]").attr("content"));
        return new ArticleMetadata(null, title, published == null || published.length() < 10 ? published : published.substring(0, 10),
                firstOf(page.select("meta[property=og:site_name]").attr("content")), url,
                firstOf(page.select("html").attr("lang")));
    }

    private static Element contentRoot(Document page) {
        Elements article = page.select("article");
        if (!article.isEmpty()) {
            return article.first();
        }
        Elements main = page.select("main, [role=main]");
        return main.isEmpty() ? page.body() : main.first();
    }

    /** A list whose text is mostly links: navigation or headlines of other articles. */
    private static boolean isLinkList(Element list) {
        int all = list.text().length();
        int linked = list.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return all > 0 && linked >= 0.6 * all;
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
