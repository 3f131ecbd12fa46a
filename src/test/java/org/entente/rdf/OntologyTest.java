package org.entente.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The ontology files and the code that uses them agree, and every term is documented. */
class OntologyTest {

    static final Model ONTOLOGY = OntologyFiles.read("entente.ttl");
    static final Model ACTS = OntologyFiles.read("acts.ttl");
    static final List<String> ACT_TYPES = List.of("DEMAND", "REQUEST", "PROPOSE", "REJECT", "OPPOSE", "ACCUSE",
            "THREATEN", "WARN", "SUPPORT", "AGREE", "CONSULT", "MOBILIZE", "SANCTION", "WITHDRAW", "DENY");

    static List<Resource> vocabularyConstants() throws IllegalAccessException {
        List<Resource> terms = new ArrayList<>();
        for (Field field : Ent.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof Resource term) {
                terms.add(term);
            }
        }
        return terms;
    }

    @Test
    void everyTermTheCodeUsesIsDefinedInTheOntology() throws IllegalAccessException {
        assertThat(vocabularyConstants()).isNotEmpty().allSatisfy(term ->
                assertThat(ONTOLOGY.contains(term, RDF.type)).as(term.getURI() + " is defined").isTrue());
    }

    @Test
    void everyOntologyTermHasALabelAndADefinition() {
        List<Resource> terms = ONTOLOGY.listSubjects().filterKeep(s -> s.isURIResource() && s.getURI().startsWith(Ent.NS)).toList();

        assertThat(terms).hasSizeGreaterThan(40).allSatisfy(term -> {
            assertThat(term.hasProperty(RDFS.label)).as(term.getURI() + " label").isTrue();
            assertThat(term.hasProperty(RDFS.comment)).as(term.getURI() + " comment").isTrue();
        });
        assertThat(ONTOLOGY.listSubjectsWithProperty(RDF.type, OWL.Ontology).toList()).hasSize(1);
    }

    @Test
    void everyActTypeHasAStanceExceptConsultAndLinksToCameoAndPlover() {
        ActScheme scheme = ActScheme.load();
        for (String act : ACT_TYPES) {
            Resource concept = scheme.concept(act);
            assertThat(scheme.stance(act).isPresent()).as(act + " stance").isEqualTo(!act.equals("CONSULT"));
            assertThat(concept.hasProperty(SKOS.prefLabel)).isTrue();
            assertThat(concept.hasProperty(SKOS.definition)).isTrue();
            List<String> matches = new ArrayList<>();
            concept.listProperties(SKOS.closeMatch).andThen(concept.listProperties(SKOS.relatedMatch))
                    .forEachRemaining(s -> matches.add(s.getResource().getURI()));
            assertThat(matches).as(act + " CAMEO").anyMatch(iri -> iri.contains("/cameo#"));
            assertThat(matches).as(act + " PLOVER").anyMatch(iri -> iri.contains("/plover#"));
        }
    }
}
