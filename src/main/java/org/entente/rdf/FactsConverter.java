package org.entente.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.entente.facts.Actor;
import org.entente.facts.ActorType;
import org.entente.facts.ArticleInfo;
import org.entente.facts.Facts;
import org.entente.facts.Proposition;
import org.entente.facts.Stance;
import org.entente.facts.Statement;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * Turns one article's facts into its named graph: the article, the actors it mentions, the
 * propositions at stake, and each statement as a node with its provenance (article, sentence and
 * offsets, method) and the stances it takes, directly and through propositions' implications.
 */
public final class FactsConverter {

    private final IriScheme iris;
    private final ActScheme acts;

    public FactsConverter(IriScheme iris, ActScheme acts) {
        this.iris = iris;
        this.acts = acts;
    }

    public NamedGraph convert(Facts facts) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Namespaces.ALL);
        Resource article = article(model, facts.article());
        facts.actors().forEach(actor -> article.addProperty(Ent.mentions, actor(model, actor)));
        facts.propositions().forEach(proposition -> proposition(model, proposition));
        for (int i = 0; i < facts.statements().size(); i++) {
            statement(model, facts, facts.statements().get(i), i + 1, article);
        }
        return new NamedGraph(article.getURI(), model);
    }

    private Resource article(Model model, ArticleInfo info) {
        Resource article = model.createResource(iris.article(info.id()), Ent.Article)
                .addProperty(DCTerms.identifier, info.id())
                .addProperty(DCTerms.issued, model.createTypedLiteral(info.published(), XSDDatatype.XSDdate));
        addIfPresent(article, DCTerms.title, info.title());
        addIfPresent(article, DCTerms.publisher, info.source());
        addIfPresent(article, DCTerms.language, info.language());
        if (info.url() != null) {
            article.addProperty(DCTerms.source, model.createResource(info.url()));
        }
        return article;
    }

    private Resource actor(Model model, Actor actor) {
        Resource resource = model.createResource(iris.actor(actor.id()), typeOf(actor.type()))
                .addProperty(RDFS.label, actor.label(), "en");
        if (actor.wikidata() != null) {
            resource.addProperty(OWL.sameAs, model.createResource(Ent.WIKIDATA_NS + actor.wikidata()));
        }
        if (actor.speaksFor() != null) {
            resource.addProperty(Ent.speaksFor, model.createResource(iris.actor(actor.speaksFor())));
        }
        return resource;
    }

    private static Resource typeOf(ActorType type) {
        return switch (type) {
            case State -> Ent.State;
            case Organisation -> Ent.Organisation;
            case Alliance -> Ent.Alliance;
            case NonStateActor -> Ent.NonStateActor;
            case Person -> Ent.Person;
            case Office -> Ent.Office;
            case Treaty -> Ent.Treaty;
            case Decision -> Ent.Decision;
        };
    }

    private void proposition(Model model, Proposition proposition) {
        Resource resource = model.createResource(iris.proposition(proposition.id()), Ent.Proposition)
                .addProperty(RDFS.label, proposition.text(), "en")
                .addProperty(Ent.propositionType, proposition.type());
        for (Proposition.Argument arg : proposition.args()) {
            Resource argument = model.createResource(iris.argument(proposition.id(), arg.role()), Ent.Argument)
                    .addProperty(Ent.role, arg.role());
            if (arg.actor() != null) {
                Resource actor = model.createResource(iris.actor(arg.actor()));
                argument.addProperty(Ent.value, actor);
                resource.addProperty(Ent.about, actor);
            } else {
                argument.addProperty(Ent.value, arg.value());
            }
            resource.addProperty(Ent.argument, argument);
        }
        for (Proposition.Implication implication : proposition.implies()) {
            Property link = implication.stance() == Stance.SUPPORTS ? Ent.entails : Ent.excludes;
            resource.addProperty(link, model.createResource(iris.proposition(implication.proposition())));
        }
    }

    private void statement(Model model, Facts facts, Statement statement, int number, Resource article) {
        Resource node = model.createResource(iris.statement(facts.article().id(), number), Ent.Statement)
                .addProperty(Ent.act, acts.concept(statement.act()))
                .addProperty(Ent.actor, model.createResource(iris.actor(statement.actor())))
                .addProperty(Ent.sentence, statement.sentence().text())
                .addLiteral(Ent.sentenceStart, model.createTypedLiteral(statement.sentence().start(), XSDDatatype.XSDinteger))
                .addLiteral(Ent.sentenceEnd, model.createTypedLiteral(statement.sentence().end(), XSDDatatype.XSDinteger))
                .addLiteral(Ent.negated, statement.negated())
                .addLiteral(Ent.confidence, model.createTypedLiteral(BigDecimal.valueOf(statement.confidence())))
                .addProperty(Ent.method, statement.method())
                .addProperty(Prov.wasDerivedFrom, article);
        addReference(node, Ent.speaker, statement.speaker() == null ? null : iris.actor(statement.speaker()));
        addReference(node, Ent.target, statement.target() == null ? null : iris.actor(statement.target()));
        addReference(node, Ent.cameoCode, statement.cameo() == null ? null : Ent.CAMEO_NS + statement.cameo());
        addReference(node, Ent.ploverType, statement.plover() == null ? null : Ent.PLOVER_NS + statement.plover());
        addIfPresent(node, Ent.dateText, statement.dateText());
        addIfPresent(node, Ent.quote, statement.quote());
        addIfPresent(node, Ent.attribution, statement.attribution());
        if (statement.date() != null) {
            node.addLiteral(Ent.date, dateLiteral(model, statement.date()));
        }
        if (statement.proposition() != null) {
            node.addProperty(Ent.proposition, model.createResource(iris.proposition(statement.proposition())));
            acts.stance(statement.act())
                    .map(stance -> statement.negated() ? stance.negate() : stance)
                    .ifPresent(stance -> addStances(node, facts, statement.proposition(), stance, new HashSet<>()));
        }
    }

    /** The stance on the proposition itself and on every claim it implies, following chains once. */
    private void addStances(Resource statement, Facts facts, String propositionId, Stance stance, Set<String> seen) {
        if (!seen.add(propositionId)) {
            return;
        }
        statement.addProperty(stance == Stance.SUPPORTS ? Ent.supports : Ent.opposes,
                statement.getModel().createResource(iris.proposition(propositionId)));
        facts.proposition(propositionId).ifPresent(proposition -> proposition.implies().forEach(implication ->
                addStances(statement, facts, implication.proposition(), stance.then(implication.stance()), seen)));
    }

    /** {@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear}, after the precision the text gives. */
    static Literal dateLiteral(Model model, String date) {
        XSDDatatype type = switch (date.length()) {
            case 4 -> XSDDatatype.XSDgYear;
            case 7 -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDdate;
        };
        return model.createTypedLiteral(date, type);
    }

    private static void addIfPresent(Resource subject, Property property, String value) {
        if (value != null) {
            subject.addProperty(property, value);
        }
    }

    private static void addReference(Resource subject, Property property, String iri) {
        if (iri != null) {
            subject.addProperty(property, subject.getModel().createResource(iri));
        }
    }
}
