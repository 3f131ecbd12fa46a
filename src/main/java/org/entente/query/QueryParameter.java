package org.entente.query;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.entente.facts.BadInputException;
import org.entente.rdf.IriScheme;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One parameter of a named query, declared in its header as
 * {@code # param: name type required|optional|default=VALUE description}, where the type is
 * {@code iri}, {@code date}, {@code string}, {@code integer}, or {@code entity(kind|kind...)} for
 * something the store names (a state, an organisation, a proposition...), which
 * {@link EntityResolver} finds from what a user types.
 */
public record QueryParameter(String name, Type type, List<EntityKind> kinds, boolean required, String defaultValue,
                             String description) {

    /** What a parameter's value must be. IRIs and entities may be given as keys ({@code state/RUS}) relative to the base. */
    public enum Type {
        IRI, ENTITY, DATE, STRING, INTEGER;

        static Type parse(String word) {
            return valueOf(word.toUpperCase(Locale.ROOT));
        }
    }

    public QueryParameter {
        kinds = List.copyOf(kinds);
    }

    /** The type as declared: {@code date}, {@code entity(state|org)}. */
    public String typeName() {
        String type = this.type.name().toLowerCase(Locale.ROOT);
        return kinds.isEmpty() ? type : type + kinds.stream().map(EntityKind::prefix).collect(Collectors.joining("|", "(", ")"));
    }

    /** The kinds an entity parameter takes: those declared, or all if none is. */
    public List<EntityKind> allowedKinds() {
        return kinds.isEmpty() ? List.of(EntityKind.values()) : kinds;
    }

    /**
     * The RDF term for a value, without looking in a store: an entity is taken as its key or IRI
     * (a bare key, {@code NATO}, is completed with the kind when the parameter takes one kind only).
     * A value that does not fit the type is refused.
     */
    public RDFNode toNode(String value, IriScheme iris) {
        try {
            return switch (type) {
                case IRI -> iri(iris.expand(value));
                case ENTITY -> iri(iris.expand(kinds.size() == 1 && !value.contains("/") && !value.contains(":")
                        ? kinds.get(0).prefix() + "/" + value : value));
                case DATE -> ResourceFactory.createTypedLiteral(day(value).toString(), XSDDatatype.XSDdate);
                case INTEGER -> ResourceFactory.createTypedLiteral(Long.toString(Long.parseLong(value)), XSDDatatype.XSDinteger);
                case STRING -> ResourceFactory.createStringLiteral(value);
            };
        } catch (IRIException | DateTimeParseException | NumberFormatException e) {
            throw new BadInputException("parameter " + name + ": \"" + value + "\" is not a valid " + what());
        }
    }

    private String what() {
        return switch (type) {
            case DATE -> "date (YYYY-MM-DD or today)";
            case INTEGER -> "whole number";
            case ENTITY -> "key or IRI";
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }

    static RDFNode iri(String iri) {
        return ResourceFactory.createResource(IRIx.create(iri).str());
    }

    private static LocalDate day(String value) {
        return value.equals("today") ? LocalDate.now() : LocalDate.parse(value);
    }
}
