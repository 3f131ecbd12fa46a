package org.entente.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The JSON-LD {@code @context} that Entente publishes at {@value #PATH}: one term per namespace
 * prefix ({@code ent}, {@code org}, {@code id}, ...). Descriptions are compacted with exactly these
 * terms and then point at the published document instead of repeating it, so that every JSON-LD
 * answer reads the same and a client caches the context once.
 */
final class JsonLdContext {

    static final String PATH = "/context.jsonld";
    static final String MEDIA_TYPE = "application/ld+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrefixMapping prefixes;

    JsonLdContext(PrefixMapping prefixes) {
        this.prefixes = prefixes;
    }

    /** The context document: {@code {"@context": {"ent": "https://w3id.org/entente/ontology#", ...}}}. */
    String document() {
        ObjectNode terms = JSON.createObjectNode();
        prefixes.getNsPrefixMap().forEach(terms::put);
        ObjectNode document = JSON.createObjectNode();
        document.set("@context", terms);
        return write(document);
    }

    /** {@code model} as compacted JSON-LD whose {@code @context} is the URL of the published context. */
    String compact(Model model, String contextUrl) {
        Model withPrefixes = ModelFactory.createDefaultModel().add(model).setNsPrefixes(prefixes);
        String compacted = RDFWriter.source(withPrefixes).format(RDFFormat.JSONLD11_PRETTY).asString();
        try {
            ObjectNode document = JSON.createObjectNode().put("@context", contextUrl);
            JSON.readTree(compacted).properties().stream()
                    .filter(field -> !field.getKey().equals("@context"))
                    .forEach(field -> document.set(field.getKey(), field.getValue()));
            return write(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(ObjectNode document) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
