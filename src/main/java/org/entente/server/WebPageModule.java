package org.entente.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.entente.query.QueryLibrary;
import org.entente.rdf.IriScheme;

import java.util.Set;

/**
 * The web page for educators, added as a {@link FusekiModule}: the page at {@code /} with its own
 * scripts and styles ({@code /app/...}) and the libraries it uses ({@code /webjars/...}), all from
 * the classpath so that it works offline, and a small JSON API over the named queries
 * ({@code /api/queries}, {@code /api/query/{name}}, {@code /api/labels}).
 */
final class WebPageModule implements FusekiModule {

    static final String API = "/api/";

    private final DatasetGraph dataset;
    private final IriScheme iris;
    private final QueryLibrary library;

    WebPageModule(DatasetGraph dataset, IriScheme iris, QueryLibrary library) {
        this.dataset = dataset;
        this.iris = iris;
        this.library = library;
    }

    @Override
    public String name() {
        return "Entente web page";
    }

    @Override
    public void prepare(FusekiServer.Builder server, Set<String> datasetNames, Model configModel) {
        server.addServlet("", new ClasspathFileServlet("org/entente/server/web/", "index.html"));
        server.addServlet("/app/*", new ClasspathFileServlet("org/entente/server/web/", null));
        server.addServlet("/webjars/*", new ClasspathFileServlet("META-INF/resources/webjars/", null));
        server.addServlet(API + "queries", new QueryListServlet(library, iris));
        server.addServlet(API + "query/*", new NamedQueryServlet(dataset, library, iris));
        server.addServlet(API + "labels", new LabelServlet(dataset));
    }
}
