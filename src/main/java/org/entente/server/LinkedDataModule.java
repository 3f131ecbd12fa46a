package org.entente.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.entente.rdf.IriScheme;

import java.util.Set;

/**
 * Linked data on top of Fuseki, added the supported way (a {@link FusekiModule}): the entity pages
 * under {@code /id/}, the JSON-LD context, the VoID description, and the service description on
 * the query endpoints.
 */
final class LinkedDataModule implements FusekiModule {

    private final DatasetGraph dataset;
    private final IriScheme iris;
    private final PrefixMapping prefixes;

    LinkedDataModule(DatasetGraph dataset, IriScheme iris, PrefixMapping prefixes) {
        this.dataset = dataset;
        this.iris = iris;
        this.prefixes = prefixes;
    }

    @Override
    public String name() {
        return "Entente linked data";
    }

    @Override
    public void prepare(FusekiServer.Builder server, Set<String> datasetNames, Model configModel) {
        ServerQueries queries = new ServerQueries(dataset);
        ModelResponse responses = new ModelResponse(prefixes);
        server.addServlet(LinkedDataServlet.PATH + "*",
                new LinkedDataServlet(queries, iris, responses, new EntityPage(iris, prefixes)));
        server.addServlet(JsonLdContext.PATH, new ContextServlet(responses.context()));
        server.addServlet(VoidServlet.PATH, new VoidServlet(queries, iris, responses));
        ServiceDescriptionFilter serviceDescription = new ServiceDescriptionFilter(queries, responses);
        server.addFilter(EntenteServer.DATASET + "/sparql", serviceDescription);
        server.addFilter(EntenteServer.DATASET + "/query", serviceDescription);
    }
}
