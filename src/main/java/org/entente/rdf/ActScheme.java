package org.entente.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.entente.facts.Stance;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The act types of {@code ontology/acts.ttl}: for each notation ({@code DEMAND}) its concept and
 * the stance it implies toward its proposition. The Turtle file is the single source of both.
 */
public final class ActScheme {

    private final Map<String, Resource> concepts = new HashMap<>();
    private final Map<String, Stance> stances = new HashMap<>();

    private ActScheme(Model model) {
        model.listStatements(null, SKOS.notation, (String) null).forEach(this::addConcept);
    }

    private void addConcept(Statement notation) {
        Resource concept = notation.getSubject();
        if (!concept.getURI().startsWith(Ent.ACT_NS)) {
            return; // CAMEO and PLOVER codes share the file
        }
        String code = notation.getString();
        concepts.put(code, concept);
        Statement implied = concept.getProperty(Ent.impliedStance);
        if (implied != null) {
            stances.put(code, implied.getResource().equals(Ent.Support) ? Stance.SUPPORTS : Stance.OPPOSES);
        }
    }

    public static ActScheme load() {
        return new ActScheme(OntologyFiles.read("acts.ttl"));
    }

    /** The concept of an act type, e.g. {@code act:DEMAND}. */
    public Resource concept(String act) {
        Resource concept = concepts.get(act);
        if (concept == null) {
            throw new IllegalArgumentException("unknown act type " + act + "; known: " + concepts.keySet());
        }
        return concept;
    }

    /** The stance the act implies toward its proposition; empty for acts such as CONSULT. */
    public Optional<Stance> stance(String act) {
        return Optional.ofNullable(stances.get(act));
    }
}
