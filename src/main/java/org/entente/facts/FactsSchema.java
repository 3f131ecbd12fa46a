package org.entente.facts;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.entente.io.ClasspathResources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/**
 * The JSON Schema of the facts format ({@code ontology/facts.schema.json}), checked with the
 * networknt validator so that the published schema and the code can never disagree.
 */
final class FactsSchema {

    static final String RESOURCE = "/ontology/facts.schema.json";

    private final JsonSchema schema;

    private FactsSchema(JsonSchema schema) {
        this.schema = schema;
    }

    static FactsSchema load() {
        try (InputStream in = ClasspathResources.open(RESOURCE)) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER).build();
            return new FactsSchema(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in, config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every schema violation in the document, in document order. */
    List<Problem> check(LocatedJson json) {
        return schema.validate(json.root()).stream()
                .map(message -> json.problem(message.getInstanceLocation().toString(), describe(message)))
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .toList();
    }

    private static String describe(ValidationMessage message) {
        String text = message.getMessage();
        String location = message.getInstanceLocation().toString();
        // the validator prefixes its message with the location, which the Problem already carries
        if (text.startsWith(location + ": ")) {
            text = text.substring(location.length() + 2);
        }
        return text;
    }
}
