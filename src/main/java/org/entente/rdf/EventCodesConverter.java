package org.entente.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.entente.events.EventCodes;

/**
 * The graph of {@code data/event-codes/}: every CAMEO code a concept of the CAMEO scheme with its
 * notation, name and root code (skos:broader), and the act type and PLOVER type it maps to
 * (skos:broadMatch); every PLOVER type a concept of the PLOVER scheme. Queries read a code's name here.
 */
public final class EventCodesConverter {

    private final IriScheme iris;
    private final ActScheme acts;

    public EventCodesConverter(IriScheme iris, ActScheme acts) {
        this.iris = iris;
        this.acts = acts;
    }

    public NamedGraph convert(EventCodes codes) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Namespaces.ALL);
        Resource cameoScheme = model.createResource(Ent.CAMEO_NS + "Scheme");
        Resource ploverScheme = model.createResource(Ent.PLOVER_NS + "Scheme");
        for (EventCodes.Plover type : codes.allPlover()) {
            concept(model, Ent.PLOVER_NS + type.type(), ploverScheme, type.type(), capitalised(type.type()));
        }
        for (EventCodes.Cameo code : codes.allCameo()) {
            Resource concept = concept(model, Ent.CAMEO_NS + code.code(), cameoScheme, code.code(), code.name());
            if (code.code().length() > 2) {
                concept.addProperty(SKOS.broader, model.createResource(Ent.CAMEO_NS + code.code().substring(0, 2)));
            }
            if (code.act() != null) {
                concept.addProperty(SKOS.broadMatch, acts.concept(code.act()));
            }
            if (code.plover() != null) {
                concept.addProperty(SKOS.broadMatch, model.createResource(Ent.PLOVER_NS + code.plover()));
            }
        }
        return new NamedGraph(iris.eventCodesGraph(), model);
    }

    private static Resource concept(Model model, String iri, Resource scheme, String notation, String name) {
        return model.createResource(iri, SKOS.Concept)
                .addProperty(SKOS.inScheme, scheme)
                .addProperty(SKOS.notation, notation)
                .addProperty(SKOS.prefLabel, name, "en");
    }

    private static String capitalised(String type) {
        return type.charAt(0) + type.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
