package org.entente.evaluate;

import org.entente.SampleData;
import org.entente.facts.Actor;
import org.entente.facts.Facts;
import org.entente.facts.FactsFiles;
import org.entente.facts.FactsJson;
import org.entente.facts.Span;
import org.entente.facts.Statement;
import org.entente.reference.ReferenceData;
import org.entente.reference.ReferenceReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-curated facts of the two sample articles, checked against the gold file and the texts. */
class CuratedFactsTest {

    static List<Facts> curated() {
        return FactsFiles.expand(List.of(SampleData.FACTS)).stream().map(FactsJson::read).toList();
    }

    @Test
    void theCuratedFactsContainEveryRequiredGoldStatement() {
        List<GoldLine> gold = GoldFile.read(SampleData.GOLD);
        List<ArticleScore> scores = curated().stream().map(facts -> GoldScorer.score(facts, gold)).toList();
        ArticleScore overall = ArticleScore.total(scores);

        assertThat(scores).hasSize(2);
        assertThat(overall.requiredLines()).isEqualTo(gold.stream().filter(l -> l.required() && !l.forbidden()).count());
        assertThat(overall.misses()).isEmpty();
        assertThat(overall.recall()).isEqualTo(1.0);
    }

    @Test
    void nothingIsDrawnFromForbiddenPassages() {
        List<GoldLine> gold = GoldFile.read(SampleData.GOLD);
        List<GoldLine> forbidden = gold.stream().filter(GoldLine::forbidden).toList();

        for (Facts facts : curated()) {
            for (Statement statement : facts.statements()) {
                assertThat(forbidden).noneSatisfy(line -> assertThat(statement.sentence().text()).contains(line.evidence()));
            }
        }
    }

    @Test
    void everySentenceAndMentionIsTheArticleTextAtItsOffsets() throws IOException {
        for (Facts facts : curated()) {
            String text = Files.readString(SampleData.ARTICLES.resolve(facts.article().id() + ".txt"), StandardCharsets.UTF_8);
            for (Statement statement : facts.statements()) {
                assertSpan(text, statement.sentence());
            }
            for (Actor actor : facts.actors()) {
                actor.mentions().forEach(mention -> assertSpan(text, mention));
            }
        }
    }

    @Test
    void everyActorHasTheNameAndWikidataIdOfTheReferenceTables() {
        ReferenceData reference = ReferenceReader.read(SampleData.REFERENCE);
        Map<String, List<String>> known = new HashMap<>();
        reference.states().forEach(s -> known.put(s.actorId(), Arrays.asList(s.name(), s.wikidata())));
        reference.organisations().forEach(o -> known.put(o.actorId(), Arrays.asList(o.name(), o.wikidata())));
        reference.people().forEach(p -> known.put(p.actorId(), Arrays.asList(p.name(), p.wikidata())));
        reference.offices().forEach(o -> known.put(o.actorId(), Arrays.asList(o.name(), o.wikidata())));
        reference.treaties().forEach(t -> known.put(t.actorId(), Arrays.asList(t.name(), t.wikidata())));
        reference.decisions().forEach(d -> known.put(d.actorId(), Arrays.asList(d.name(), d.wikidata())));

        // one label and one link per entity in the union of the graphs
        for (Facts facts : curated()) {
            assertThat(facts.actors()).allSatisfy(actor -> {
                assertThat(known).as(actor.id() + " is in the reference tables").containsKey(actor.id());
                assertThat(Arrays.asList(actor.label(), actor.wikidata())).as(actor.id()).isEqualTo(known.get(actor.id()));
            });
        }
    }

    private static void assertSpan(String text, Span span) {
        assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
    }
}
