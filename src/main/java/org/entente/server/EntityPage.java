package org.entente.server;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.io.ClasspathResources;
import org.entente.rdf.Ent;
import org.entente.rdf.IriScheme;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The HTML page of an entity, from its description: label, types, Wikidata link, properties, the
 * statements that mention it and what else refers to it. Entities under the IRI base link to their
 * own {@code /id/} pages; other http(s) IRIs link out; every text is escaped. The page is
 * {@code entity.html} with its {@code {{slots}}} filled in one pass.
 */
final class EntityPage {

    private static final String TEMPLATE = ClasspathResources.text(EntityPage.class, "entity.html");
    private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");
    private static final int BLANK_NODE_DEPTH = 3;

    private final IriScheme iris;
    private final PrefixMapping prefixes;

    EntityPage(IriScheme iris, PrefixMapping prefixes) {
        this.iris = iris;
        this.prefixes = prefixes;
    }

    String render(String iri, Model description) {
        Resource entity = description.createResource(iri);
        Map<String, String> slots = Map.of(
                "title", escape(label(entity).orElse(prefixes.shortForm(iri))),
                "iri", escape(iri),
                "types", orNone(entity.listProperties(RDF.type).toList().stream().map(s -> node(s.getObject(), 0)).sorted()),
                "wikidata", orNone(entity.listProperties(OWL.sameAs).toList().stream().map(Statement::getObject)
                        .filter(item -> item.isURIResource() && item.asResource().getURI().startsWith(Ent.WIKIDATA_NS))
                        .map(item -> wikidataLink(item.asResource().getURI())).sorted()),
                "properties", rows(entity.listProperties().toList().stream()
                        .filter(s -> !s.getPredicate().equals(RDF.type))
                        .map(s -> row(s.getPredicate(), node(s.getObject(), 0)))),
                "statements", statements(entity, description),
                "references", rows(description.listStatements(null, null, entity).toList().stream()
                        .filter(s -> !s.getSubject().hasProperty(RDF.type, Ent.Statement))
                        .map(s -> row(s.getPredicate(), node(s.getSubject(), 0)))));
        Matcher slot = SLOT.matcher(TEMPLATE);
        StringBuilder page = new StringBuilder();
        while (slot.find()) {
            slot.appendReplacement(page, Matcher.quoteReplacement(slots.getOrDefault(slot.group(1), "")));
        }
        slot.appendTail(page);
        return page.toString();
    }

    private String statements(Resource entity, Model description) {
        List<String> items = description.listStatements(null, null, entity).toList().stream()
                .filter(s -> s.getSubject().hasProperty(RDF.type, Ent.Statement))
                .sorted(Comparator.comparing((Statement s) -> s.getSubject().getURI()))
                .map(s -> "<li>" + node(s.getSubject(), 0) + " (" + escape(prefixes.shortForm(s.getPredicate().getURI())) + ")"
                        + Optional.ofNullable(s.getSubject().getProperty(Ent.sentence))
                                .map(sentence -> ": " + escape(sentence.getString())).orElse("")
                        + "</li>")
                .toList();
        return items.isEmpty() ? "<li>none</li>" : String.join("\n", items);
    }

    private String row(Resource property, String value) {
        return "<tr><th>" + node(property, 0) + "</th><td>" + value + "</td></tr>";
    }

    private static String rows(Stream<String> rows) {
        return rows.sorted().collect(Collectors.joining("\n"));
    }

    private static String orNone(Stream<String> items) {
        String joined = items.collect(Collectors.joining(", "));
        return joined.isEmpty() ? "none" : joined;
    }

    /** A value as HTML: a link for an IRI, escaped text for a literal, the properties of a blank node in brackets. */
    private String node(RDFNode node, int depth) {
        if (node.isLiteral()) {
            return escape(node.asLiteral().getLexicalForm());
        }
        Resource resource = node.asResource();
        if (resource.isAnon()) {
            if (depth >= BLANK_NODE_DEPTH) {
                return "[…]";
            }
            return "[" + resource.listProperties().toList().stream()
                    .map(s -> node(s.getPredicate(), depth + 1) + " " + node(s.getObject(), depth + 1))
                    .sorted().collect(Collectors.joining("; ")) + "]";
        }
        String iri = resource.getURI();
        String text = escape(label(resource).orElse(prefixes.shortForm(iri)));
        if (iri.startsWith(iris.base())) {
            return "<a href=\"/id/" + escape(iri.substring(iris.base().length())) + "\">" + text + "</a>";
        }
        if (iri.startsWith("http://") || iri.startsWith("https://")) {
            return "<a href=\"" + escape(iri) + "\">" + text + "</a>";
        }
        return text;
    }

    private static String wikidataLink(String item) {
        String id = item.substring(Ent.WIKIDATA_NS.length());
        return "<a href=\"https://www.wikidata.org/wiki/" + escape(id) + "\">" + escape(id) + "</a>";
    }

    private static Optional<String> label(Resource resource) {
        return Optional.ofNullable(resource.getProperty(RDFS.label)).map(Statement::getString);
    }

    /** Text made safe for HTML element content and quoted attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
