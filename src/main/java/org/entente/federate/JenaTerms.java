package org.entente.federate;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;

/** RDF4J terms as Jena nodes, term for term: IRIs, blank nodes, literals with their language or datatype. */
final class JenaTerms {

    private JenaTerms() {
    }

    static Node node(Value value) {
        if (value instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        if (value instanceof BNode blank) {
            return NodeFactory.createBlankNode(blank.getID());
        }
        if (value instanceof Literal literal) {
            return literal.getLanguage()
                    .map(language -> NodeFactory.createLiteralLang(literal.getLabel(), language))
                    .orElseGet(() -> NodeFactory.createLiteralDT(literal.getLabel(),
                            TypeMapper.getInstance().getSafeTypeByName(literal.getDatatype().stringValue())));
        }
        throw new IllegalArgumentException("an RDF term Entente cannot take from a federated answer: " + value);
    }

    static Triple triple(Statement statement) {
        return Triple.create(node(statement.getSubject()), node(statement.getPredicate()), node(statement.getObject()));
    }
}
