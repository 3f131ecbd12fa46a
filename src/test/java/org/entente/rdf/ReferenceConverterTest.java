package org.entente.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.reference.ReferenceReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceConverterTest {

    static final IriScheme IRIS = IriScheme.defaults();
    static final NamedGraph GRAPH = new ReferenceConverter(IRIS).convert(
            ReferenceReader.read(Path.of("src/test/resources/reference-tables/minimal")));

    /** A path of a file in some project ({@code src/data/countries.js}): a curation log, not a citation. */
    static final Pattern FILE_PATH = Pattern.compile("[\\w@.-]+(/[\\w@ .-]+)+\\.(csv|tsv|ts|js|json|md|txt|py|java|html)\\b");

    @Test
    void aWebPageIsADctermsSourceAndACitationInWordsABibliographicCitation() {
        Resource nato = GRAPH.model().getResource(IRIS.actor("org/NATO"));

        assertThat(nato.getPropertyResourceValue(DCTerms.source).getURI())
                .isEqualTo("https://www.nato.int/cps/en/natohq/topics_52044.htm");
        assertThat(nato.getProperty(DCTerms.bibliographicCitation).getString()).isEqualTo("Wikidata Q7184");
    }

    @Test
    void theCuratorsNoteIsNotPublished() {
        assertThat(GRAPH.model().listObjects().toList())
                .noneMatch(node -> node.isLiteral() && node.asLiteral().getString().contains("curation note"));
    }

    @Test
    void theShippedTablesCiteTheirSourcesWithoutCurationLogs() {
        Model model = new ReferenceConverter(IRIS).convert(ReferenceReader.read(Path.of("data/reference"))).model();
        List<String> citations = model.listObjectsOfProperty(DCTerms.bibliographicCitation)
                .mapWith(node -> node.asLiteral().getString()).toList();
        List<RDFNode> pages = model.listObjectsOfProperty(DCTerms.source).toList();

        assertThat(citations).isNotEmpty().allSatisfy(citation -> assertThat(citation)
                .doesNotContainIgnoringCase("verified in")
                .doesNotContainIgnoringCase("checked against")
                .doesNotContain("QID")
                .doesNotContainPattern(FILE_PATH));
        assertThat(pages).isNotEmpty().allSatisfy(page -> assertThat(page.isURIResource()
                && page.asResource().getURI().matches("https?://[^\\s]+")).isTrue());
        assertThat(model.listSubjectsWithProperty(RDFS.label).toList()).allSatisfy(entity ->
                assertThat(entity.hasProperty(DCTerms.source) || entity.hasProperty(DCTerms.bibliographicCitation)).isTrue());
    }

    @Test
    void aFilePathIsRecognisedAsOne() {
        assertThat(FILE_PATH.matcher("verified in owid/owid-grapher packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts").find()).isTrue();
        assertThat(FILE_PATH.matcher("every-politician-scrapers/us-cabinet/html/holders21.csv (Wikidata position-held extract)").find()).isTrue();
        assertThat(FILE_PATH.matcher("UN document A/49/765").find()).isFalse();
        assertThat(FILE_PATH.matcher("UN General Assembly resolution 67/19").find()).isFalse();
    }

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
