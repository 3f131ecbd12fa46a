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
import java.util.Locale;

/**
 * One parameter of a named query, declared in its header as
 * {@code # param: name type required|optional|default=VALUE description}.
 */
public record QueryParameter(String name, Type type, boolean required, String defaultValue, String description) {

    /** What a parameter's value must be. IRIs may be given as keys ({@code state/RUS}) relative to the base. */
    public enum Type {
        IRI, DATE, STRING, INTEGER;

        static Type parse(String word) {
            return valueOf(word.toUpperCase(Locale.ROOT));
        }
    }

    /** The RDF term for a value given by a user; a value that does not fit the type is refused. */
    public RDFNode toNode(String value, IriScheme iris) {
        try {
            return switch (type) {
                case IRI -> ResourceFactory.createResource(IRIx.create(iris.expand(value)).str());
                case DATE -> ResourceFactory.createTypedLiteral(day(value).toString(), XSDDatatype.XSDdate);
                case INTEGER -> ResourceFactory.createTypedLiteral(Long.toString(Long.parseLong(value)), XSDDatatype.XSDinteger);
                case STRING -> ResourceFactory.createStringLiteral(value);
            };
        } catch (IRIException | DateTimeParseException | NumberFormatException e) {
            throw new BadInputException("parameter " + name + ": \"" + value + "\" is not a valid "
                    + type.name().toLowerCase(Locale.ROOT) + (type == Type.DATE ? " (YYYY-MM-DD or today)" : ""));
        }
    }

    private static LocalDate day(String value) {
        return value.equals("today") ? LocalDate.now() : LocalDate.parse(value);
    }
}
