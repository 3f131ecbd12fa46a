package org.entente.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.entente.reference.ReferenceReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceConverterTest {

    static final IriScheme IRIS = IriScheme.defaults();
    static final NamedGraph GRAPH = new ReferenceConverter(IRIS).convert(
            ReferenceReader.read(Path.of("src/test/resources/reference-tables/minimal")));

    @Test
    void theReferenceGraphHasItsOwnNameAndConformsToTheShapes() {
        assertThat(GRAPH.name()).isEqualTo(IRIS.referenceGraph());
        ShapesCheck.load().requireConforms(GRAPH);
    }

    @Test
    void aMembershipIsAnOrgMembershipWithAnOwlTimeInterval() {
        Model model = GRAPH.model();
        Resource membership = model.getResource(IRIS.membership("org/NATO", "state/FIN", "member", LocalDate.of(2023, 4, 4)));

        assertThat(membership.hasProperty(RDF.type, Org.Membership)).isTrue();
        assertThat(membership.getPropertyResourceValue(Org.member).getURI()).isEqualTo(IRIS.actor("state/FIN"));
        assertThat(membership.getPropertyResourceValue(Org.role)).isEqualTo(Ent.Member);
        Resource interval = membership.getPropertyResourceValue(Org.memberDuring);
        assertThat(interval.getPropertyResourceValue(Time.hasBeginning).getProperty(Time.inXSDDate).getString()).isEqualTo("2023-04-04");
        assertThat(interval.hasProperty(Time.hasEnd)).isFalse();
    }

    @Test
    void entitiesCarryTheirWikidataLinkAndPostsTheirHolders() {
        Model model = GRAPH.model();

        assertThat(model.getResource(IRIS.actor("state/RUS")).getPropertyResourceValue(OWL.sameAs).getURI())
                .isEqualTo("http://www.wikidata.org/entity/Q159");
        assertThat(model.getResource(IRIS.actor("person/mark-rutte")).hasProperty(OWL.sameAs)).isFalse();
        assertThat(model.getResource(IRIS.actor("office/nato-secretary-general")).hasProperty(RDF.type, Org.Post)).isTrue();
        assertThat(model.listSubjectsWithProperty(Ent.officeHolder, model.getResource(IRIS.actor("person/vladimir-putin"))).toList())
                .hasSize(3);
    }
}
