package org.entente.server;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.SampleData;
import org.entente.WebClient;
import org.entente.rdf.Ent;
import org.entente.rdf.IriScheme;
import org.entente.store.Tdb2GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The linked-data side of the server over real HTTP: entity descriptions, content negotiation, VoID, service description. */
class LinkedDataTest {

    static final String BASE = IriScheme.DEFAULT_BASE;
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.withSamples();

    static Model parse(HttpResponse<String> response, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), lang).parse(model);
        return model;
    }

    static Model parseJsonLd(HttpResponse<String> response) {
        String context = SERVER.web().get(JsonLdContext.PATH, "application/ld+json").body();
        String contextObject = context.substring(context.indexOf('{', 1), context.lastIndexOf('}'));
        String url = '"' + SERVER.server().url() + JsonLdContext.PATH + '"';
        assertThat(response.body()).contains("\"@context\" : " + url);
        String inline = response.body().replace(url, contextObject);
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(inline, Lang.JSONLD).parse(model);
        return model;
    }

    @Test
    void russiasTurtleDescriptionHasItsLabelTypeWikidataLinkAndWhatMentionsIt() {
        HttpResponse<String> response = SERVER.web().get("/id/state/RUS", "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/turtle"));
        Model model = parse(response, Lang.TURTLE);
        Resource russia = model.createResource(BASE + "state/RUS");
        assertThat(model.contains(russia, RDFS.label, model.createLiteral("Russia", "en"))).isTrue();
        assertThat(model.contains(russia, RDF.type, Ent.State)).isTrue();
        assertThat(model.contains(russia, OWL.sameAs, model.createResource(Ent.WIKIDATA_NS + "Q159"))).isTrue();
        assertThat(model.contains(null, Ent.actor, russia)).as("statements by Russia").isTrue();
        assertThat(model.contains(model.createResource(BASE + "membership/UNSC/RUS/permanent-member/1991-12-26"),
                model.createProperty("http://www.w3.org/ns/org#member"), russia)).isTrue();
    }

    @Test
    void aMembershipsIntervalAndItsInstantsResolveToo() {
        Model membership = parse(SERVER.web().get("/id/membership/NATO/SWE/member/2024-03-07", "text/turtle"), Lang.TURTLE);
        Model model = parse(SERVER.web().get("/id/membership/NATO/SWE/member/2024-03-07/interval/beginning", "text/turtle"), Lang.TURTLE);

        assertThat(membership.contains(null, model.createProperty("http://www.w3.org/ns/org#memberDuring"),
                model.createResource(BASE + "membership/NATO/SWE/member/2024-03-07/interval"))).isTrue();
        assertThat(model.listObjectsOfProperty(model.createProperty("http://www.w3.org/2006/time#inXSDDate")).toList())
                .extracting(node -> node.asLiteral().getLexicalForm()).contains("2024-03-07");
    }

    @Test
    void everyRdfFormCarriesTheSameGraph() {
        Model turtle = parse(SERVER.web().get("/id/org/NATO", "text/turtle"), Lang.TURTLE);
        Model nTriples = parse(SERVER.web().get("/id/org/NATO", "application/n-triples"), Lang.NTRIPLES);
        Model rdfXml = parse(SERVER.web().get("/id/org/NATO", "application/rdf+xml"), Lang.RDFXML);
        Model jsonLd = parseJsonLd(SERVER.web().get("/id/org/NATO", "application/ld+json"));

        assertThat(turtle.size()).isGreaterThan(50);
        assertThat(nTriples.isIsomorphicWith(turtle)).isTrue();
        assertThat(rdfXml.isIsomorphicWith(turtle)).isTrue();
        assertThat(jsonLd.isIsomorphicWith(turtle)).as("JSON-LD read with the published context").isTrue();
    }

    @Test
    void thePublishedContextNamesTheNamespaces() {
        HttpResponse<String> context = SERVER.web().get(JsonLdContext.PATH, "*/*");

        assertThat(context.statusCode()).isEqualTo(200);
        assertThat(context.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/ld+json"));
        assertThat(context.body()).contains("\"ent\" : \"https://w3id.org/entente/ontology#\"").contains("\"id\" : \"" + BASE + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"state/RUS", "org/NATO", "person/jens-stoltenberg", "treaty/open-skies", "article/000_ce898c134fb15a02",
            "statement/000_ce898c134fb15a02/1", "proposition/membership-UKR-NATO", "position/membership-UKR-NATO/state/RUS/opposition",
            "office/nato-secretary-general", "decision/bucharest-2008"})
    void everyKindOfEntityResolves(String key) {
        HttpResponse<String> response = SERVER.web().get("/id/" + key, "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        Model model = parse(response, Lang.TURTLE);
        assertThat(model.listStatements(model.createResource(BASE + key), null, (org.apache.jena.rdf.model.RDFNode) null).toList()).isNotEmpty();
    }

    @Test
    void aBrowserGetsAReadablePageWithLinksToRelatedEntities() {
        HttpResponse<String> page = SERVER.web().get("/id/state/RUS", BROWSER);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<title>Russia · Entente</title>")
                .contains("<a href=\"https://www.wikidata.org/wiki/Q159\">Q159</a>")
                .contains("<a href=\"https://w3id.org/entente/ontology#State\">ent:State</a>")
                .contains("<a href=\"/id/membership/NATO/RUS/partner/1994-06-22\">")
                .contains("<a href=\"/id/statement/000_ce898c134fb15a02/1\">")
                .contains("Russia on Friday demanded");
        assertThat(SERVER.web().get("/id/statement/000_ce898c134fb15a02/1", BROWSER).body()).contains("<a href=\"/id/state/RUS\">Russia</a>");
    }

    @Test
    void anUnknownEntityIs404AndAnUnofferedFormIs406() {
        assertThat(SERVER.web().get("/id/state/XYZ", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(SERVER.web().get("/id/", "text/turtle").statusCode()).isEqualTo(404);
        HttpResponse<String> pdf = SERVER.web().get("/id/state/RUS", "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(406);
        assertThat(pdf.body()).contains("text/turtle").contains("application/ld+json");
    }

    @Test
    void voidDescribesTheDatasetItsGraphsAndItsLinksToWikidata() {
        HttpResponse<String> response = SERVER.web().get("/.well-known/void", "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        Model model = parse(response, Lang.TURTLE);
        Resource dataset = model.createResource(SERVER.server().url() + "/.well-known/void#entente");
        assertThat(model.contains(dataset, RDF.type, model.createResource(VOID + "Dataset"))).isTrue();
        assertThat(model.getProperty(dataset, model.createProperty(VOID + "triples")).getLong()).isEqualTo(SERVER.store().quadCount());
        assertThat(model.getProperty(dataset, model.createProperty(VOID + "entities")).getLong()).isGreaterThan(1000);
        assertThat(model.getProperty(dataset, model.createProperty(VOID + "classes")).getLong()).isGreaterThan(10);
        assertThat(model.getProperty(dataset, model.createProperty(VOID + "sparqlEndpoint")).getResource().getURI())
                .isEqualTo(SERVER.server().sparqlUrl());
        assertThat(model.getProperty(dataset, DCTerms.license).getResource().getURI()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(model.listObjectsOfProperty(model.createProperty("http://xmlns.com/foaf/0.1/name")).toList())
                .extracting(node -> node.asLiteral().getString()).contains("Entente");
        assertThat(model.listObjectsOfProperty(model.createProperty(SD + "name")).toList())
                .extracting(node -> node.asResource().getURI())
                .containsExactlyInAnyOrder(BASE + "graph/reference", BASE + "graph/positions",
                        BASE + "article/000_ce898c134fb15a02", BASE + "article/002_7506a153938e4833");
        Resource links = model.createResource(SERVER.server().url() + "/.well-known/void#links");
        assertThat(model.contains(links, model.createProperty(VOID + "linkPredicate"), OWL.sameAs)).isTrue();
        assertThat(model.getProperty(links, model.createProperty(VOID + "triples")).getLong()).isEqualTo(sameAsLinksToWikidata());
    }

    static long sameAsLinksToWikidata() {
        String count = SERVER.web().query("/entente/sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s <" + OWL.sameAs.getURI()
                + "> ?o FILTER(STRSTARTS(STR(?o), \"" + Ent.WIKIDATA_NS + "\")) }", "text/csv").body();
        return Long.parseLong(count.lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void theQueryEndpointDescribesItselfToAGetWithoutAQuery() {
        HttpResponse<String> response = SERVER.web().get("/entente/sparql", "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        Model model = parse(response, Lang.TURTLE);
        Resource service = model.createResource(SERVER.server().sparqlUrl());
        assertThat(model.contains(service, RDF.type, model.createResource(SD + "Service"))).isTrue();
        assertThat(model.contains(service, model.createProperty(SD + "endpoint"), service)).isTrue();
        assertThat(model.contains(service, model.createProperty(SD + "feature"), model.createResource(SD + "UnionDefaultGraph"))).isTrue();
        assertThat(model.listObjectsOfProperty(model.createProperty(SD + "name")).toList()).hasSize(4);
    }

    @Test
    void aConfiguredBaseServesTheIrisUnderIt(@TempDir Path other) {
        IriScheme deployed = new IriScheme("https://example.org/kb/");
        try (Tdb2GraphStore elsewhere = Tdb2GraphStore.open(other, deployed)) {
            SampleData.loader(elsewhere, deployed).load(List.of(SampleData.FACTS), SampleData.referenceGraph(deployed));
            EntenteServer served = EntenteServer.builder(elsewhere.dataset().asDatasetGraph()).port(0).iris(deployed).build().start();
            try {
                Model model = parse(WebClient.of(served.url()).get("/id/state/RUS", "text/turtle"), Lang.TURTLE);
                assertThat(model.contains(ResourceFactory.createResource("https://example.org/kb/state/RUS"), RDFS.label)).isTrue();
                assertThat(WebClient.of(served.url()).get("/id/state/RUS", BROWSER).body()).contains("<a href=\"/id/membership/UNSC/RUS/");
            } finally {
                served.stop();
            }
        }
    }
}
