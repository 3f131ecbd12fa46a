package org.entente.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.entente.rdf.NamedGraph;
import org.entente.rdf.IriScheme;
import org.entente.rdf.PositionDeriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The embedded store: a TDB2 folder whose default graph is the union of its named graphs. A batch
 * is one write transaction, so a failure or a killed process leaves the previous state; readers
 * see the old state until commit.
 */
public final class Tdb2GraphStore implements GraphStore {

    private final Path folder;
    private final Dataset dataset;
    private final IriScheme iris;

    private Tdb2GraphStore(Path folder, Dataset dataset, IriScheme iris) {
        this.folder = folder;
        this.dataset = dataset;
        this.iris = iris;
    }

    public static Tdb2GraphStore open(Path folder, IriScheme iris) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the store folder " + folder, e);
        }
        Dataset dataset = TDB2Factory.connectDataset(folder.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new Tdb2GraphStore(folder, dataset, iris);
    }

    /** The dataset, for serving it. */
    public Dataset dataset() {
        return dataset;
    }

    @Override
    public void replace(List<NamedGraph> batch) {
        Txn.executeWrite(dataset, () -> {
            batch.forEach(graph -> dataset.replaceNamedModel(graph.name(), graph.model()));
            try (QueryExecution evidence = QueryExecution.dataset(dataset).query(PositionDeriver.evidenceQuery()).build()) {
                dataset.replaceNamedModel(iris.positionsGraph(), new PositionDeriver(iris).derive(evidence.execSelect()));
            }
        });
    }

    @Override
    public RDFConnection connect() {
        return RDFConnection.connect(dataset);
    }

    @Override
    public String location() {
        return folder.toString();
    }

    /** Releases the folder, so that another store (or process) can open it. */
    @Override
    public void close() {
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
