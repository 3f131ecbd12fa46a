package org.entente.rdf;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.entente.facts.FactsJson;
import org.entente.facts.Stance;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PositionDeriverTest {

    static final IriScheme IRIS = IriScheme.defaults();

    @Test
    void positionsGatherTheStatementsOfAnActorOnAPropositionWithTheirDays() {
        NamedGraph graph = new FactsConverter(IRIS, ActScheme.load())
                .convert(FactsJson.read(Path.of("src/test/resources/facts/minimal.json")));
        Dataset dataset = DatasetFactory.create();
        dataset.addNamedModel(graph.name(), graph.model());

        Model positions;
        try (QueryExecution evidence = QueryExecution.dataset(dataset).query(PositionDeriver.evidenceQuery()).build()) {
            positions = new PositionDeriver(IRIS).derive(evidence.execSelect());
        }

        String membership = IRIS.proposition("membership-UKR-NATO");
        Resource natoSupports = positions.getResource(IRIS.position(membership, IRIS.actor("org/NATO"), Stance.SUPPORTS));
        assertThat(natoSupports.hasProperty(Ent.stance, Ent.Support)).isTrue();
        assertThat(natoSupports.getProperty(Ent.statementCount).getInt()).isEqualTo(1);
        // the rejection has no date of its own: it counts from the article's publication day
        assertThat(natoSupports.getProperty(Ent.firstDate).getString()).isEqualTo("2021-12-10");
        Resource russiaOpposes = positions.getResource(IRIS.position(membership, IRIS.actor("state/RUS"), Stance.OPPOSES));
        assertThat(russiaOpposes.hasProperty(Prov.wasDerivedFrom, positions.getResource(IRIS.statement("minimal-rejection", 1)))).isTrue();
        assertThat(positions.listSubjectsWithProperty(Ent.holder).toList()).hasSize(4);
        assertThat(ShapesCheck.load().conforms(positions.getGraph())).isTrue();
    }
}
