package org.entente.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.entente.facts.Facts;
import org.entente.facts.FactsJson;
import org.entente.facts.Statement;
import org.entente.SampleData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FactsConverterTest {

    static final IriScheme IRIS = IriScheme.defaults();
    final FactsConverter converter = new FactsConverter(IRIS, ActScheme.load());
    final Facts minimal = FactsJson.read(Path.of("src/test/resources/facts/minimal.json"));

    @Test
    void theArticleIsItsGraphAndEachStatementANodeWithProvenance() {
        NamedGraph graph = converter.convert(minimal);
        Model model = graph.model();
        Resource first = model.getResource(IRIS.statement("minimal-rejection", 1));

        assertThat(graph.name()).isEqualTo(IRIS.article("minimal-rejection"));
        assertThat(model.listSubjectsWithProperty(RDF.type, Ent.Statement).toList()).hasSize(2);
        assertThat(first.getPropertyResourceValue(Prov.wasDerivedFrom).getURI()).isEqualTo(graph.name());
        assertThat(first.getProperty(Ent.sentence).getString()).startsWith("Russia on Friday demanded");
        assertThat(first.getProperty(Ent.sentenceStart).getInt()).isZero();
        assertThat(first.getProperty(Ent.method).getString()).isEqualTo("curated");
        assertThat(first.getPropertyResourceValue(Ent.act).getURI()).isEqualTo(Ent.ACT_NS + "DEMAND");
    }

    @Test
    void aStanceCarriesOnThroughThePropositionsImplications() {
        Model model = converter.convert(minimal).model();
        Resource demand = model.getResource(IRIS.statement("minimal-rejection", 1));
        Resource rejection = model.getResource(IRIS.statement("minimal-rejection", 2));
        Resource withdrawal = model.getResource(IRIS.proposition("test-withdrawal"));
        Resource membership = model.getResource(IRIS.proposition("membership-UKR-NATO"));

        assertThat(demand.hasProperty(Ent.supports, withdrawal)).isTrue();
        assertThat(demand.hasProperty(Ent.opposes, membership)).isTrue();
        assertThat(rejection.hasProperty(Ent.opposes, withdrawal)).isTrue();
        assertThat(rejection.hasProperty(Ent.supports, membership)).isTrue();
    }

    @Test
    void aStatementsEventCodesAreConceptsOfTheCameoAndPloverSchemes() {
        List<Statement> statements = new ArrayList<>(minimal.statements());
        Statement demand = statements.get(0);
        statements.set(0, new Statement(demand.act(), demand.actor(), demand.speaker(), demand.target(), demand.proposition(),
                demand.date(), demand.dateText(), demand.sentence(), demand.quote(), demand.attribution(), demand.negated(),
                demand.confidence(), demand.method(), "10", "DEMAND"));
        Model model = converter.convert(new Facts(minimal.article(), minimal.actors(), minimal.propositions(), statements)).model();
        Resource first = model.getResource(IRIS.statement("minimal-rejection", 1));

        assertThat(first.getPropertyResourceValue(Ent.cameoCode).getURI()).isEqualTo(Ent.CAMEO_NS + "10");
        assertThat(first.getPropertyResourceValue(Ent.ploverType).getURI()).isEqualTo(Ent.PLOVER_NS + "DEMAND");
        assertThat(model.getResource(IRIS.statement("minimal-rejection", 2)).hasProperty(Ent.cameoCode)).isFalse();
    }

    @Test
    void aNegatedActTakesTheOppositeStance() {
        List<Statement> statements = new ArrayList<>(minimal.statements());
        Statement reject = statements.get(1);
        statements.set(1, new Statement(reject.act(), reject.actor(), reject.speaker(), reject.target(),
                reject.proposition(), reject.date(), reject.dateText(), reject.sentence(), reject.quote(),
                reject.attribution(), true, reject.confidence(), reject.method()));
        Facts negated = new Facts(minimal.article(), minimal.actors(), minimal.propositions(), statements);

        Resource rejection = converter.convert(negated).model().getResource(IRIS.statement("minimal-rejection", 2));

        assertThat(rejection.hasProperty(Ent.supports, rejection.getModel().getResource(IRIS.proposition("test-withdrawal")))).isTrue();
    }

    @Test
    void theCuratedSampleGraphsConformToTheShapes() {
        ShapesCheck shapes = ShapesCheck.load();
        for (Path file : org.entente.facts.FactsFiles.expand(List.of(SampleData.FACTS))) {
            shapes.requireConforms(converter.convert(FactsJson.read(file)));
        }
    }

    @Test
    void aGraphThatBreaksTheShapesIsRefusedWithTheReport() {
        NamedGraph graph = converter.convert(minimal);
        Resource statement = graph.model().getResource(IRIS.statement("minimal-rejection", 1));
        graph.model().removeAll(statement, Ent.method, null);

        assertThatThrownBy(() -> ShapesCheck.load().requireConforms(graph))
                .isInstanceOf(NonConformingGraphException.class)
                .hasMessageContaining("does not conform")
                .hasMessageContaining("method");
    }
}
