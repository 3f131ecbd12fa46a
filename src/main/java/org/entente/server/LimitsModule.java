package org.entente.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.eclipse.jetty.server.Server;

import java.util.List;
import java.util.Set;

/**
 * What keeps a public endpoint safe, added as a {@link FusekiModule}: CORS on the read paths only,
 * a cap on the size of request bodies ({@link RequestSizeFilter}) and on the requests answered at
 * once ({@link ConcurrencyLimitFilter}), and a 401 for malformed credentials
 * ({@link MalformedCredentialsHandler}). The query timeout and the row cap are set on the dataset
 * and the query service by {@link EntenteServer}.
 */
final class LimitsModule implements FusekiModule {

    /** Paths a browser on another origin may read. */
    static final List<String> READ_PATHS = List.of(EntenteServer.DATASET, EntenteServer.DATASET + "/sparql",
            EntenteServer.DATASET + "/query", EntenteServer.DATASET + "/get", LinkedDataServlet.PATH + "*",
            JsonLdContext.PATH, VoidServlet.PATH);
    /** Paths whose requests count against the cap on concurrent requests. */
    static final List<String> LIMITED_PATHS = List.of(EntenteServer.DATASET + "/*", LinkedDataServlet.PATH + "*", VoidServlet.PATH,
            WebPageModule.API + "*");

    private final boolean cors;
    private final int maxConcurrent;
    private final long maxRequestBytes;

    LimitsModule(boolean cors, int maxConcurrent, long maxRequestBytes) {
        this.cors = cors;
        this.maxConcurrent = maxConcurrent;
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    public String name() {
        return "Entente limits";
    }

    @Override
    public void prepare(FusekiServer.Builder server, Set<String> datasetNames, Model configModel) {
        if (cors) {
            READ_PATHS.forEach(path -> server.addFilter(path, new ReadCorsFilter()));
        }
        server.addFilter("/*", new RequestSizeFilter(maxRequestBytes));
        ConcurrencyLimitFilter concurrency = new ConcurrencyLimitFilter(maxConcurrent);
        LIMITED_PATHS.forEach(path -> server.addFilter(path, concurrency));
    }

    @Override
    public void server(FusekiServer server) {
        Server jetty = server.getJettyServer();
        jetty.setHandler(new MalformedCredentialsHandler(jetty.getHandler()));
    }
}
