package org.entente.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.SampleData;
import org.entente.article.ArticleFiles;
import org.entente.article.ArticleMetadata;
import org.entente.extract.FactsExtractor;
import org.entente.facts.Facts;
import org.entente.reference.ReferenceReader;
import org.entente.reference.petrarch.PhoenixDictionaries;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An article naming an armed group the dictionaries know: its statements have the group as actor, typed and labelled. */
class NonStateActorStatementTest {

    static final Path ARTICLE = Path.of("src/test/resources/extraction/dictionaries/group-demands.txt");
    static final Path OWN = Path.of("src/test/resources/petrarch-dictionaries/own.actors.txt");

    @Test
    void aGroupNamedByTheDictionariesIsTheActorOfItsStatement() {
        FactsExtractor extractor = FactsExtractor.load(PhoenixDictionaries.withDictionaries(ReferenceReader.read(SampleData.REFERENCE), List.of(OWN)));
        List<String> skipped = new ArrayList<>();
        Facts facts = ArticleFiles.readAll(List.of(ARTICLE), new ArticleMetadata(null, null, "2021-12-10", null, null, null), skipped::add)
                .stream().map(extractor::extract).findFirst().orElseThrow();
        NamedGraph converted = new FactsConverter(SampleData.IRIS, ActScheme.load()).convert(facts);
        Model graph = converted.model();

        Resource hezbollah = graph.createResource(SampleData.IRIS.actor("group/hezbollah"));
        Resource collective = graph.createResource(SampleData.IRIS.actor("group/northern-watch-collective"));
        assertThat(graph.listSubjectsWithProperty(Ent.actor).toList())
                .extracting(statement -> statement.getPropertyResourceValue(Ent.actor)).contains(hezbollah, collective);
        assertThat(graph.contains(hezbollah, RDF.type, Ent.NonStateActor)).isTrue();
        assertThat(graph.getProperty(hezbollah, RDFS.label).getString()).isEqualTo("Hezbollah");
        assertThat(skipped).isEmpty();
        assertThat(ShapesCheck.load().conforms(graph.getGraph())).as("the shapes accept a non-state actor").isTrue();
    }
}
