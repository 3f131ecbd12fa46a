package org.entente.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.events.CodedEvent;
import org.entente.events.Dataset;
import org.entente.events.EventActor;

import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * Turns imported events into RDF: each event an {@code ent:Statement} (and {@code ent:CodedEvent})
 * with the dataset as its method, so the named queries that read statements read events too; its
 * act type, CAMEO code and PLOVER type; its actor and target with their codes and sectors; the
 * dataset's measures; its day; its source URL as its provenance; and where it happened as a
 * GeoSPARQL point. The actors' types and labels go into the same graph, as an article's graph
 * holds the actors it mentions.
 */
public final class EventConverter {

    private final IriScheme iris;
    private final ActScheme acts;

    public EventConverter(IriScheme iris, ActScheme acts) {
        this.iris = iris;
        this.acts = acts;
    }

    /** The name of the graph that holds the events of {@code file}. */
    public String graphName(Dataset dataset, Path file) {
        return iris.eventGraph(dataset.key(), file.getFileName().toString());
    }

    /** A new model for a part of a file's graph. */
    public Model newModel() {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Namespaces.ALL);
        return model;
    }

    /** The file itself, the node that names its graph. */
    public void addFile(Model model, Dataset dataset, Path file) {
        model.createResource(graphName(dataset, file), Ent.EventFile)
                .addProperty(DCTerms.title, file.getFileName().toString())
                .addProperty(Ent.method, dataset.key());
    }

    public void add(Model model, CodedEvent event) {
        String iri = iris.event(event.dataset().key(), event.id());
        Resource node = model.createResource(iri, Ent.Statement)
                .addProperty(RDF.type, Ent.CodedEvent)
                .addProperty(DCTerms.identifier, event.id())
                .addProperty(Ent.method, event.dataset().key())
                .addLiteral(Ent.negated, false)
                .addProperty(Ent.date, model.createTypedLiteral(event.day().toString(), XSDDatatype.XSDdate));
        if (event.act() != null) {
            node.addProperty(Ent.act, acts.concept(event.act()));
        }
        if (event.cameo() != null) {
            node.addProperty(Ent.cameoCode, model.createResource(Ent.CAMEO_NS + event.cameo()));
        }
        if (event.plover() != null) {
            node.addProperty(Ent.ploverType, model.createResource(Ent.PLOVER_NS + event.plover()));
        }
        actor(node, event.actor(), Ent.actor, Ent.actorCode, Ent.actorSector);
        actor(node, event.target(), Ent.target, Ent.targetCode, Ent.targetSector);
        integer(node, Ent.quadClass, event.quadClass());
        decimal(node, Ent.goldstein, event.goldstein());
        integer(node, Ent.mentionCount, event.mentions());
        integer(node, Ent.sourceCount, event.sources());
        integer(node, Ent.articleCount, event.articles());
        decimal(node, Ent.tone, event.tone());
        if (event.text() != null) {
            node.addProperty(Ent.sentence, event.text());
        }
        if (event.sourceUrl() != null && isIri(event.sourceUrl())) {
            node.addProperty(Prov.wasDerivedFrom, model.createResource(event.sourceUrl()));
        }
        place(node, iri, event.place());
    }

    private void actor(Resource event, EventActor actor, Property role, Property code, Property sector) {
        if (actor == null) {
            return;
        }
        Model model = event.getModel();
        Resource resource = model.createResource(iris.actor(actor.id()), switch (actor.kind()) {
            case STATE -> Ent.State;
            case ORGANISATION -> Ent.Organisation;
            case ALLIANCE -> Ent.Alliance;
            case CODED -> Ent.CodedActor;
        }).addProperty(RDFS.label, actor.label(), "en");
        event.addProperty(role, resource);
        if (actor.code() != null) {
            event.addProperty(code, actor.code());
        }
        actor.sectors().forEach(each -> event.addProperty(sector, each));
    }

    private static void place(Resource event, String iri, CodedEvent.Place place) {
        if (place == null) {
            return;
        }
        if (place.name() != null) {
            event.addProperty(Ent.placeName, place.name());
        }
        if (place.hasPoint()) {
            Model model = event.getModel();
            String wkt = "POINT(" + place.longitude().toPlainString() + " " + place.latitude().toPlainString() + ")";
            event.addProperty(Geo.hasGeometry, model.createResource(iri + "/geometry", Geo.Geometry)
                    .addProperty(Geo.asWKT, model.createTypedLiteral(wkt, Geo.wktLiteral)));
        }
    }

    private static void integer(Resource node, Property property, Integer value) {
        if (value != null) {
            node.addLiteral(property, node.getModel().createTypedLiteral(value.toString(), XSDDatatype.XSDinteger));
        }
    }

    private static void decimal(Resource node, Property property, BigDecimal value) {
        if (value != null) {
            node.addLiteral(property, node.getModel().createTypedLiteral(value.toPlainString(), XSDDatatype.XSDdecimal));
        }
    }

    private static boolean isIri(String text) {
        try {
            return IRIx.create(text).isAbsolute();
        } catch (IRIException e) {
            return false;
        }
    }
}
