package org.entente.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of Entente's ontology ({@code ontology/entente.ttl}); no other class spells these IRIs. */
public final class Ent {

    public static final String NS = "https://w3id.org/entente/ontology#";
    /** Namespace of the act types ({@code ontology/acts.ttl}). */
    public static final String ACT_NS = "https://w3id.org/entente/acts#";
    public static final String WIKIDATA_NS = "http://www.wikidata.org/entity/";
    /** Namespace of the CAMEO event codes ({@code cameo:040}). */
    public static final String CAMEO_NS = "https://w3id.org/entente/cameo#";
    /** Namespace of the PLOVER event types ({@code plover:CONSULT}). */
    public static final String PLOVER_NS = "https://w3id.org/entente/plover#";

    public static final Resource State = resource("State");
    public static final Resource Organisation = resource("Organisation");
    public static final Resource Alliance = resource("Alliance");
    public static final Resource NonStateActor = resource("NonStateActor");
    public static final Resource Person = resource("Person");
    public static final Resource Office = resource("Office");
    public static final Resource Treaty = resource("Treaty");
    public static final Resource Decision = resource("Decision");
    public static final Resource Article = resource("Article");
    public static final Resource Statement = resource("Statement");
    public static final Resource Proposition = resource("Proposition");
    public static final Resource Argument = resource("Argument");
    public static final Resource Position = resource("Position");
    public static final Resource Support = resource("Support");
    public static final Resource Opposition = resource("Opposition");
    public static final Resource Membership = resource("Membership");
    public static final Resource Participation = resource("Participation");
    public static final Resource Tenure = resource("Tenure");
    public static final Resource Member = resource("Member");
    public static final Resource SuspendedMember = resource("SuspendedMember");
    public static final Resource Partner = resource("Partner");
    public static final Resource Aspirant = resource("Aspirant");
    public static final Resource Observer = resource("Observer");
    public static final Resource PermanentMember = resource("PermanentMember");
    public static final Resource Party = resource("Party");
    public static final Resource Signatory = resource("Signatory");
    public static final Resource Suspended = resource("Suspended");
    public static final Resource CodedEvent = resource("CodedEvent");
    public static final Resource CodedActor = resource("CodedActor");
    public static final Resource EventFile = resource("EventFile");

    public static final Property act = property("act");
    public static final Property actor = property("actor");
    public static final Property speaker = property("speaker");
    public static final Property target = property("target");
    public static final Property proposition = property("proposition");
    public static final Property date = property("date");
    public static final Property dateText = property("dateText");
    public static final Property sentence = property("sentence");
    public static final Property sentenceStart = property("sentenceStart");
    public static final Property sentenceEnd = property("sentenceEnd");
    public static final Property quote = property("quote");
    public static final Property attribution = property("attribution");
    public static final Property negated = property("negated");
    public static final Property confidence = property("confidence");
    public static final Property method = property("method");
    public static final Property supports = property("supports");
    public static final Property opposes = property("opposes");
    public static final Property mentions = property("mentions");
    public static final Property speaksFor = property("speaksFor");
    public static final Property propositionType = property("propositionType");
    public static final Property argument = property("argument");
    public static final Property role = property("role");
    public static final Property value = property("value");
    public static final Property about = property("about");
    public static final Property entails = property("entails");
    public static final Property excludes = property("excludes");
    public static final Property holder = property("holder");
    public static final Property stance = property("stance");
    public static final Property firstDate = property("firstDate");
    public static final Property lastDate = property("lastDate");
    public static final Property statementCount = property("statementCount");
    public static final Property impliedStance = property("impliedStance");
    public static final Property basis = property("basis");
    public static final Property treaty = property("treaty");
    public static final Property party = property("party");
    public static final Property participationStatus = property("participationStatus");
    public static final Property during = property("during");
    public static final Property office = property("office");
    public static final Property officeHolder = property("officeHolder");
    public static final Property isoAlpha2 = property("isoAlpha2");
    public static final Property isoAlpha3 = property("isoAlpha3");
    public static final Property stateStatus = property("stateStatus");
    public static final Property demonym = property("demonym");
    public static final Property capital = property("capital");
    public static final Property metonym = property("metonym");
    public static final Property seat = property("seat");
    public static final Property founded = property("founded");
    public static final Property dissolved = property("dissolved");
    public static final Property signed = property("signed");
    public static final Property inForce = property("inForce");
    public static final Property ended = property("ended");
    public static final Property cameoCode = property("cameoCode");
    public static final Property ploverType = property("ploverType");
    public static final Property quadClass = property("quadClass");
    public static final Property goldstein = property("goldstein");
    public static final Property mentionCount = property("mentionCount");
    public static final Property sourceCount = property("sourceCount");
    public static final Property articleCount = property("articleCount");
    public static final Property tone = property("tone");
    public static final Property actorCode = property("actorCode");
    public static final Property targetCode = property("targetCode");
    public static final Property actorSector = property("actorSector");
    public static final Property targetSector = property("targetSector");
    public static final Property placeName = property("placeName");

    private Ent() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
