package org.entente.store;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.entente.SampleData;

import java.nio.file.Path;

/** Run by {@link KilledLoadTest} in a child JVM: writes 100,000 triples in a transaction, says so, and waits to be killed. */
public final class HalfwayLoad {

    static final String MARKER = "in the middle of the transaction";

    private HalfwayLoad() {
    }

    public static void main(String[] args) throws InterruptedException {
        Tdb2GraphStore store = Tdb2GraphStore.open(Path.of(args[0]), SampleData.IRIS);
        store.dataset().begin(ReadWrite.WRITE);
        Model graph = store.dataset().getNamedModel("https://example.org/half-loaded");
        for (int i = 0; i < 100_000; i++) {
            graph.add(graph.createResource("https://example.org/s" + i), RDFS.label, "half " + i);
        }
        System.out.println(MARKER);
        System.out.flush();
        Thread.sleep(600_000);
    }
}
