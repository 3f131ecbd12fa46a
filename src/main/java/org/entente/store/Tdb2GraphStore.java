package org.entente.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.entente.facts.BadInputException;
import org.entente.rdf.Ent;
import org.entente.rdf.NamedGraph;
import org.entente.rdf.IriScheme;
import org.entente.rdf.PositionDeriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The embedded store: a TDB2 folder whose default graph is the union of its named graphs. A batch
 * is one write transaction, so a failure or a killed process leaves the previous state; readers
 * see the old state until commit.
 */
public final class Tdb2GraphStore implements GraphStore {

    private static final Logger LOG = LoggerFactory.getLogger(Tdb2GraphStore.class);

    private final Path folder;
    private final Dataset dataset;
    private final IriScheme iris;

    private Tdb2GraphStore(Path folder, Dataset dataset, IriScheme iris) {
        this.folder = folder;
        this.dataset = dataset;
        this.iris = iris;
    }

    /** Opens the store in {@code folder}, creating the folder and an empty store where there is none. */
    public static Tdb2GraphStore open(Path folder, IriScheme iris) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new BadInputException("the store " + folder + " is a file, not a folder");
        }
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

    /**
     * Into an empty store, the graphs go straight to Jena's parallel bulk loader as they come, their
     * stance evidence is gathered on the way, and the positions graph follows them. That loader is not transactional, so if the
     * producer throws, what it had handed over is loaded to the end and then deleted in one write
     * transaction: the store is empty again, as it was. Into a store with data, as one transaction.
     */
    @Override
    public void replaceAll(Consumer<Consumer<NamedGraph>> producer) {
        if (!isEmpty()) {
            GraphStore.super.replaceAll(producer);
            return;
        }
        DataLoader loader = LoaderFactory.parallelLoader(dataset.asDatasetGraph(), Tdb2GraphStore::progress);
        loader.startBulk();
        StreamRDF quads = loader.stream();
        PositionDeriver.Gathering evidence = new PositionDeriver(iris).gathering();
        try {
            producer.accept(graph -> {
                evidence.add(graph);
                add(quads, graph.name(), graph.model());
            });
        } catch (RuntimeException refused) {
            loader.finishBulk();
            Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().clear());
            throw refused;
        }
        Node positionsGraph = NodeFactory.createURI(iris.positionsGraph());
        evidence.positions(triple -> quads.quad(Quad.create(positionsGraph, triple)));
        loader.finishBulk();
    }

    /**
     * Writes only the difference, in one write transaction: each subject's triples (an event's, its
     * point's, an actor's) are compared, the first time a part names it, with those the graph holds
     * of it, and only what is new is added and what is gone deleted; subjects no part named are
     * deleted at the end. Importing the same file again reads the graph and writes nothing (TDB2
     * deletes are slow: deleting a GDELT day's 4.7 million quads took longer than adding them), a
     * corrected file writes its corrections, and no file needs to be in memory at once, only the
     * subjects already written. A failure or a killed process leaves the old graph.
     */
    @Override
    public void replaceGraph(String name, Consumer<Consumer<Model>> producer) {
        Node graph = NodeFactory.createURI(name);
        Txn.executeWrite(dataset, () -> {
            DatasetGraph quads = dataset.asDatasetGraph();
            Set<Node> written = new HashSet<>();
            producer.accept(part -> {
                Graph triples = part.getGraph();
                for (Node subject : triples.find().mapWith(Triple::getSubject).toSet()) {
                    Set<Triple> fresh = triples.find(subject, Node.ANY, Node.ANY).toSet();
                    if (written.add(subject)) {
                        Iter.toList(quads.find(graph, subject, Node.ANY, Node.ANY)).stream()
                                .filter(quad -> !fresh.contains(quad.asTriple())).forEach(quads::delete);
                    }
                    fresh.stream().map(triple -> Quad.create(graph, triple)).filter(quad -> !quads.contains(quad)).forEach(quads::add);
                }
            });
            List<Quad> stale = new ArrayList<>();
            quads.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quad -> {
                if (!written.contains(quad.getSubject())) {
                    stale.add(quad);
                }
            });
            stale.forEach(quads::delete);
        });
    }

    private static void add(StreamRDF quads, String graphName, Model model) {
        Node name = NodeFactory.createURI(graphName);
        model.getGraph().find().forEach(triple -> quads.quad(Quad.create(name, triple)));
    }

    /** The bulk loader's progress lines, at debug level. */
    private static void progress(String format, Object... args) {
        if (LOG.isDebugEnabled()) {
            LOG.debug(String.format(format, args));
        }
    }

    private boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !dataset.asDatasetGraph().find().hasNext());
    }

    private void rederivePositions(Set<String> propositions) {
        Model positions = dataset.getNamedModel(iris.positionsGraph());
        for (String proposition : propositions) {
            positions.listSubjectsWithProperty(Ent.proposition, positions.createResource(proposition)).toList()
                    .forEach(position -> positions.removeAll(position, null, null));
        }
        PositionDeriver.Gathering evidence = new PositionDeriver(iris).gathering();
        for (String proposition : propositions) {
            try (QueryExecution rows = QueryExecution.dataset(dataset).query(PositionDeriver.evidenceQuery())
                    .substitution("proposition", positions.createResource(proposition)).build()) {
                evidence.add(rows.execSelect());
            }
        }
        positions.add(evidence.positions());
    }

    /**
     * Rewrites the store with only its current data (Jena's compaction, into a new generation
     * folder that replaces the old one only when complete) and deletes the old files. TDB2 never
     * overwrites a page in place: every write transaction appends the pages it changes, so a store
     * filled by many transactions holds every page they replaced until it is compacted.
     */
    public void compact() {
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    /** The bytes of the store's files (their lengths: TDB2 grows them in blocks). */
    public long diskBytes() {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + folder, e);
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
