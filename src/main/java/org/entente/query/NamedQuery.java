package org.entente.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.entente.facts.BadInputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SPARQL query kept as a file, with a header of comment lines that say what it answers:
 * <pre>
 * # title: Who opposed what, and when
 * # description: Every statement whose act opposes a proposition ...
 * # param: actor entity(state|org) optional The state or organisation that opposed
 * </pre>
 */
public record NamedQuery(String name, String title, String description, List<QueryParameter> parameters,
                         Query query) {

    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|description|param):\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile(
            "^(\\w+)\\s+(iri|date|string|integer|entity(?:\\(([a-z|]+)\\))?)\\s+(required|optional|default=\\S+)\\s*(.*)$");

    public NamedQuery {
        parameters = List.copyOf(parameters);
    }

    /** Reads a query file's text; {@code name} is the file name without {@code .rq}. */
    public static NamedQuery parse(String name, String text) {
        String title = name;
        StringBuilder description = new StringBuilder();
        List<QueryParameter> parameters = new ArrayList<>();
        for (String line : text.split("\\R")) {
            Matcher header = HEADER.matcher(line.strip());
            if (!header.matches()) {
                continue;
            }
            String value = header.group(2).strip();
            switch (header.group(1)) {
                case "title" -> title = value;
                case "description" -> description.append(description.isEmpty() ? "" : " ").append(value);
                default -> parameters.add(parameter(name, value));
            }
        }
        try {
            return new NamedQuery(name, title, description.toString(), parameters, QueryFactory.create(text));
        } catch (QueryParseException e) {
            throw new BadInputException("query " + name + ": " + e.getMessage(), e);
        }
    }

    private static QueryParameter parameter(String query, String declaration) {
        Matcher param = PARAM.matcher(declaration);
        if (!param.matches()) {
            throw new BadInputException("query " + query + ": cannot read the parameter line \"" + declaration
                    + "\"; expected: name iri|entity(KIND|...)|date|string|integer required|optional|default=VALUE description");
        }
        String type = param.group(2).replaceFirst("\\(.*", "");
        List<EntityKind> kinds = param.group(3) == null ? List.of()
                : Arrays.stream(param.group(3).split("\\|")).map(EntityKind::parse).toList();
        String mode = param.group(4);
        String defaultValue = mode.startsWith("default=") ? mode.substring("default=".length()) : null;
        return new QueryParameter(param.group(1), QueryParameter.Type.parse(type), kinds,
                mode.equals("required"), defaultValue, param.group(5));
    }

    public Optional<QueryParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
