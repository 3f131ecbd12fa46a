package org.entente.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.entente.rdf.Ent;
import org.entente.rdf.NamedGraph;
import org.entente.rdf.IriScheme;
import org.entente.rdf.PositionDeriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /**
     * Replaces the graphs, then re-derives only the positions on propositions that the replaced graphs
     * (old or new) take a stance on: the cost follows the change and those propositions' statements,
     * not the size of the store.
     */
    @Override
    public void replace(List<NamedGraph> batch) {
        Txn.executeWrite(dataset, () -> {
            Set<String> touched = new HashSet<>();
            for (NamedGraph graph : batch) {
                touched.addAll(PositionDeriver.stancePropositions(dataset.getNamedModel(graph.name())));
                touched.addAll(PositionDeriver.stancePropositions(graph.model()));
                dataset.replaceNamedModel(graph.name(), graph.model());
            }
            if (!touched.isEmpty()) {
                rederivePositions(touched);
            }
        });
    }

    private void rederivePositions(Set<String> propositions) {
        Model positions = dataset.getNamedModel(iris.positionsGraph());
        for (String proposition : propositions) {
            positions.listSubjectsWithProperty(Ent.proposition, positions.createResource(proposition)).toList()
                    .forEach(position -> positions.removeAll(position, null, null));
        }
        try (QueryExecution evidence = QueryExecution.dataset(dataset).query(PositionDeriver.evidenceQuery(propositions)).build()) {
            positions.add(new PositionDeriver(iris).derive(evidence.execSelect()));
        }
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
