package org.entente.store;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.entente.SampleData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Loading into another SPARQL 1.1 store over the Graph Store Protocol: a second Fuseki with writes on. */
class RemoteGraphStoreTest {

    @TempDir
    Path folder;
    FusekiServer remote;
    RemoteGraphStore store;

    @BeforeEach
    void startRemote() {
        Dataset dataset = TDB2Factory.connectDataset(folder.resolve("remote").toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        remote = FusekiServer.create().loopback(true).port(0).add("/ds", dataset, true).build().start();
        store = new RemoteGraphStore("http://127.0.0.1:" + remote.getHttpPort() + "/ds", null, SampleData.IRIS);
    }

    @AfterEach
    void stopRemote() {
        remote.stop();
    }

    @Test
    void aRemoteLoadHoldsTheSameQuadsAsAnEmbeddedOne() {
        SampleData.loader(store).load(List.of(SampleData.FACTS), SampleData.referenceGraph());

        try (Tdb2GraphStore embedded = SampleData.loadedStore(folder.resolve("embedded"))) {
            assertThat(store.quadCount()).isPositive().isEqualTo(embedded.quadCount());
        }
    }

    @Test
    void loadingTwiceIntoTheRemoteStoreGivesTheSameCount() {
        SampleData.loader(store).load(List.of(SampleData.FACTS));
        long once = store.quadCount();
        SampleData.loader(store).load(List.of(SampleData.FACTS));
        long twice = store.quadCount();

        assertThat(twice).isEqualTo(once);
    }
}
