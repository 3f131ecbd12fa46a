package org.entente.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Checks converted graphs against {@code ontology/shapes.ttl}, what the converter promises to produce. */
public final class ShapesCheck {

    private final Shapes shapes;

    private ShapesCheck(Shapes shapes) {
        this.shapes = shapes;
    }

    public static ShapesCheck load() {
        return new ShapesCheck(Shapes.parse(OntologyFiles.read("shapes.ttl").getGraph()));
    }

    /** Returns quietly if {@code graph} conforms; otherwise throws with the SHACL report. */
    public void requireConforms(NamedGraph graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph.model().getGraph());
        if (!report.conforms()) {
            throw new NonConformingGraphException(graph.name(), report.getEntries().size(), text(report));
        }
    }

    public boolean conforms(Graph graph) {
        return ShaclValidator.get().validate(shapes, graph).conforms();
    }

    private static String text(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(out, report);
        return out.toString(StandardCharsets.UTF_8);
    }
}
