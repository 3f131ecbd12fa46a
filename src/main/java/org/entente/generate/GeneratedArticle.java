package org.entente.generate;

import org.entente.evaluate.GoldLine;

import java.time.LocalDate;
import java.util.List;

/** One generated article: its metadata, its text, and the gold lines a careful reader would write for it. */
record GeneratedArticle(String id, String title, LocalDate published, String source, String url, String text, List<GoldLine> gold) {
}
