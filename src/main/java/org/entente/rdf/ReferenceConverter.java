package org.entente.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.entente.reference.Decision;
import org.entente.reference.Membership;
import org.entente.reference.Office;
import org.entente.reference.Organisation;
import org.entente.reference.Period;
import org.entente.reference.Person;
import org.entente.reference.ReferenceData;
import org.entente.reference.Source;
import org.entente.reference.State;
import org.entente.reference.Tenure;
import org.entente.reference.Treaty;
import org.entente.reference.TreatyParty;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Turns the reference tables into the reference graph: states, organisations, decisions, treaties,
 * offices and people with their labels, aliases and Wikidata links; memberships as W3C ORG
 * memberships with an OWL-Time interval; treaty participations and tenures with the same intervals.
 * Every row keeps its sources: a web page as {@code dcterms:source}, a citation in words as
 * {@code dcterms:bibliographicCitation}. The curator's notes are not published.
 */
public final class ReferenceConverter {

    private static final Map<String, Resource> ROLES = Map.of("member", Ent.Member, "suspended", Ent.SuspendedMember,
            "partner", Ent.Partner, "aspirant", Ent.Aspirant, "observer", Ent.Observer, "permanent-member", Ent.PermanentMember);
    private static final Map<String, Resource> STATUSES = Map.of("party", Ent.Party, "signatory", Ent.Signatory,
            "suspended", Ent.Suspended);

    private final IriScheme iris;

    public ReferenceConverter(IriScheme iris) {
        this.iris = iris;
    }

    public NamedGraph convert(ReferenceData data) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Namespaces.with(iris));
        Map<String, String> actorIds = data.actorIdsByKey();
        data.states().forEach(state -> state(model, state));
        data.organisations().forEach(organisation -> organisation(model, organisation));
        data.decisions().forEach(decision -> decision(model, decision, actorIds));
        data.treaties().forEach(treaty -> treaty(model, treaty));
        data.offices().forEach(office -> office(model, office, actorIds));
        data.people().forEach(person -> entity(model, person.actorId(), Ent.Person, person.name(), person.wikidata(),
                person.aliases(), person.sources()));
        data.memberships().forEach(membership -> membership(model, membership, actorIds));
        data.treatyParties().forEach(party -> participation(model, party, actorIds));
        data.tenures().forEach(tenure -> tenure(model, tenure));
        return new NamedGraph(iris.referenceGraph(), model);
    }

    private void state(Model model, State state) {
        Resource resource = entity(model, state.actorId(), Ent.State, state.name(), state.wikidata(), state.aliases(), state.sources())
                .addProperty(Ent.isoAlpha3, state.iso3())
                .addProperty(Ent.isoAlpha2, state.iso2())
                .addProperty(Ent.stateStatus, state.status());
        state.demonyms().forEach(demonym -> resource.addProperty(Ent.demonym, demonym, "en"));
        state.metonyms().forEach(metonym -> resource.addProperty(Ent.metonym, metonym, "en"));
        if (state.capital() != null) {
            resource.addProperty(Ent.capital, state.capital(), "en");
        }
        addDate(resource, Ent.founded, state.from());
        addDate(resource, Ent.dissolved, state.until());
    }

    private void organisation(Model model, Organisation organisation) {
        Resource resource = entity(model, organisation.actorId(), organisation.type().equals("Alliance") ? Ent.Alliance : Ent.Organisation,
                organisation.name(), organisation.wikidata(), organisation.aliases(), organisation.sources())
                .addProperty(SKOS.notation, organisation.key());
        organisation.metonyms().forEach(metonym -> resource.addProperty(Ent.metonym, metonym, "en"));
        if (organisation.seat() != null) {
            resource.addProperty(Ent.seat, organisation.seat(), "en");
        }
        addDate(resource, Ent.founded, organisation.founded());
        addDate(resource, Ent.dissolved, organisation.dissolved());
    }

    private void decision(Model model, Decision decision, Map<String, String> actorIds) {
        Resource resource = entity(model, decision.actorId(), Ent.Decision, decision.name(), decision.wikidata(), List.of(), decision.sources())
                .addProperty(Prov.wasAttributedTo, model.createResource(iris.actor(actorIds.get(decision.organisation()))));
        addDate(resource, DCTerms.date, decision.date());
    }

    private void treaty(Model model, Treaty treaty) {
        Resource resource = entity(model, treaty.actorId(), Ent.Treaty, treaty.name(), treaty.wikidata(), treaty.aliases(), treaty.sources());
        addDate(resource, Ent.signed, treaty.signed());
        addDate(resource, Ent.inForce, treaty.inForce());
        addDate(resource, Ent.ended, treaty.ended());
    }

    private void office(Model model, Office office, Map<String, String> actorIds) {
        entity(model, office.actorId(), Ent.Office, office.name(), office.wikidata(), office.aliases(), office.sources())
                .addProperty(RDF.type, office.isPost() ? Org.Post : Org.OrganizationalUnit)
                .addProperty(Ent.speaksFor, model.createResource(iris.actor(actorIds.get(office.of()))));
    }

    private void membership(Model model, Membership membership, Map<String, String> actorIds) {
        String organisation = actorIds.get(membership.organisation());
        String member = actorIds.get(membership.member());
        String iri = iris.membership(organisation, member, membership.role(), membership.period().start());
        Resource resource = model.createResource(iri, Ent.Membership)
                .addProperty(RDF.type, Org.Membership)
                .addProperty(Org.organization, model.createResource(iris.actor(organisation)))
                .addProperty(Org.member, model.createResource(iris.actor(member)))
                .addProperty(Org.role, ROLES.get(membership.role()))
                .addProperty(Org.memberDuring, interval(model, iri, membership.period()));
        cite(resource, membership.sources());
        if (membership.basis() != null) {
            resource.addProperty(Ent.basis, model.createResource(iris.actor("decision/" + membership.basis())));
        }
    }

    private void participation(Model model, TreatyParty party, Map<String, String> actorIds) {
        String treaty = "treaty/" + party.treaty();
        String participant = actorIds.get(party.party());
        String iri = iris.participation(treaty, participant, party.status(), party.period().start());
        Resource resource = model.createResource(iri, Ent.Participation)
                .addProperty(Ent.treaty, model.createResource(iris.actor(treaty)))
                .addProperty(Ent.party, model.createResource(iris.actor(participant)))
                .addProperty(Ent.participationStatus, STATUSES.get(party.status()))
                .addProperty(Ent.during, interval(model, iri, party.period()));
        cite(resource, party.sources());
    }

    private void tenure(Model model, Tenure tenure) {
        String office = "office/" + tenure.office();
        String person = "person/" + tenure.person();
        String iri = iris.tenure(office, person, tenure.period().start());
        Resource resource = model.createResource(iri, Ent.Tenure)
                .addProperty(Ent.office, model.createResource(iris.actor(office)))
                .addProperty(Ent.officeHolder, model.createResource(iris.actor(person)))
                .addProperty(Ent.during, interval(model, iri, tenure.period()));
        cite(resource, tenure.sources());
    }

    /** A labelled entity with its aliases, Wikidata link and source. */
    private Resource entity(Model model, String actorId, Resource type, String label, String wikidata, List<String> aliases,
                            List<Source> sources) {
        Resource resource = model.createResource(iris.actor(actorId), type)
                .addProperty(RDFS.label, label, "en");
        cite(resource, sources);
        aliases.forEach(alias -> resource.addProperty(SKOS.altLabel, alias, "en"));
        if (wikidata != null) {
            resource.addProperty(OWL.sameAs, model.createResource(Ent.WIKIDATA_NS + wikidata));
        }
        return resource;
    }

    private static void cite(Resource resource, List<Source> sources) {
        for (Source source : sources) {
            if (source.isUrl()) {
                resource.addProperty(DCTerms.source, resource.getModel().createResource(source.value()));
            } else {
                resource.addProperty(DCTerms.bibliographicCitation, source.value());
            }
        }
    }

    /**
     * An OWL-Time interval from the first to the last day (no end: still going on), named after
     * what it times: {@code {owner}/interval}, with the instants {@code .../beginning} and
     * {@code .../end}. Not blank nodes: a blank node cannot be dereferenced, nor joined across
     * endpoints by a federated query (FedX sends bindings from one endpoint to another).
     */
    private static Resource interval(Model model, String ownerIri, Period period) {
        String iri = ownerIri + "/interval";
        Resource interval = model.createResource(iri, Time.Interval)
                .addProperty(Time.hasBeginning, instant(model, iri + "/beginning", period.start()));
        if (period.end() != null) {
            interval.addProperty(Time.hasEnd, instant(model, iri + "/end", period.end()));
        }
        return interval;
    }

    private static Resource instant(Model model, String iri, LocalDate day) {
        return model.createResource(iri, Time.Instant)
                .addLiteral(Time.inXSDDate, model.createTypedLiteral(day.toString(), XSDDatatype.XSDdate));
    }

    private static void addDate(Resource resource, Property property, LocalDate day) {
        if (day != null) {
            resource.addLiteral(property, resource.getModel().createTypedLiteral(day.toString(), XSDDatatype.XSDdate));
        }
    }
}
