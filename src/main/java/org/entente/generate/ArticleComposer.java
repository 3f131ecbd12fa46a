package org.entente.generate;

import org.entente.evaluate.GoldLine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Makes one article from the templates: a headline, a photo caption with a credit, two to four
 * paragraphs of acts (every act type over a corpus, in wordings the lexicon knows and some it may
 * not) mixed with sentences that report no act, and a "MORE IN THIS SECTION" list of other
 * headlines. Each act gives a required gold line whose evidence is its sentence; the caption and
 * the listed headlines give forbidden lines.
 */
final class ArticleComposer {

    static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 1, 31);

    private final Templates templates;
    private final Cast cast;

    ArticleComposer(Templates templates, Cast cast) {
        this.templates = templates;
        this.cast = cast;
    }

    GeneratedArticle compose(String id, SplittableRandom random) {
        LocalDate published = FIRST_DAY.plusDays(random.nextLong(LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1));
        List<GoldLine> gold = new ArrayList<>();
        Role actor = cast.actor(random, published);
        Role target = cast.target(random, published, actor.key());
        Role place = cast.place(random, published);
        String topicTemplate = pick(random, templates.topics());
        String topic = topicTemplate.replace("{place}", place.text());
        List<String> about = topicTemplate.contains("{place}") ? List.of(place.key()) : List.of();

        String title = capitalise(pick(random, templates.titles()).replace("{actor}", actor.text())
                .replace("{target}", target.text()).replace("{topic}", topic));
        String caption = pick(random, templates.captions()).replace("{place}", cast.capital(random, published))
                .replace("{agency}", pick(random, templates.credits().get("agency")))
                .replace("{photographer}", pick(random, templates.credits().get("photographer")));
        gold.add(forbidden(id, caption, "a photo caption with a credit"));

        StringBuilder text = new StringBuilder(title).append("\n\n").append(caption).append("\n\n");
        int paragraphs = 2 + random.nextInt(3);
        for (int p = 0; p < paragraphs; p++) {
            List<String> sentences = new ArrayList<>();
            int acts = 1 + random.nextInt(2);
            for (int a = 0; a < acts; a++) {
                boolean mainPair = p == 0 && a == 0 || random.nextInt(3) == 0;
                Role who = mainPair ? actor : cast.actor(random, published);
                Role whom = mainPair ? target : cast.target(random, published, who.key());
                sentences.add(act(id, random, published, who, whom, topic, about, gold));
            }
            if (random.nextBoolean()) {
                sentences.add(random.nextInt(sentences.size() + 1),
                        pick(random, templates.background()).replace("{place}", place.text()));
            }
            text.append(String.join(" ", sentences)).append("\n\n");
        }
        text.append("MORE IN THIS SECTION\n");
        for (int h = 0; h < 3; h++) {
            Role one = cast.place(random, published);
            Role other = cast.target(random, published, one.key());
            String headline = pick(random, templates.headlines()).replace("{actor}", one.text()).replace("{target}", other.text());
            text.append(headline).append('\n');
            gold.add(forbidden(id, headline, "a headline of another article under 'MORE IN THIS SECTION'"));
        }
        String source = pick(random, templates.credits().get("source"));
        String url = "https://news.example.org/" + source.toLowerCase(Locale.ROOT).replace(' ', '-') + "/" + published + "/" + id;
        return new GeneratedArticle(id, title, published, source, url, text.toString(), gold);
    }

    private String act(String id, SplittableRandom random, LocalDate published, Role actor, Role target, String topic,
                       List<String> about, List<GoldLine> gold) {
        ActTemplate template = pick(random, templates.acts());
        When when = When.pick(random, published);
        String sentence = capitalise(template.text().replace("{actor}", actor.text()).replace("{target}", target.text())
                .replace("{when}", when.text()).replace("{topic}", topic));
        String goldTarget = template.hasTarget() ? target.key() : null;
        gold.add(new GoldLine(id, actor.key(), template.act(), goldTarget, about, when.date(), true, false, sentence,
                template.known() ? null : "a wording the lexicon may not know"));
        return sentence;
    }

    private static GoldLine forbidden(String id, String passage, String note) {
        return new GoldLine(id, null, null, null, null, null, false, true, passage, note);
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static <T> T pick(SplittableRandom random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
