package org.entente.cli;

import org.entente.SampleData;
import org.entente.server.EntenteServer;
import org.entente.store.Tdb2GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first command as a user runs it: {@code java -jar target/entente.jar ...} in a
 * separate JVM, so that what only the shaded jar can get wrong (resources read from inside the jar,
 * merged service files of Jena) is caught. Runs in {@code mvn verify}, after the jar is built.
 */
class PackagedJarIT {

    static final Path JAR = Path.of("target/entente.jar");

    record Run(int exitCode, String out) {
    }

    static Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out);
    }

    @Test
    void theDemoLoadsTheSamplesAndPrintsTheAnswers(@TempDir Path store) throws Exception {
        Run demo = java("demo", "--no-serve", "--store", store.toString());

        assertThat(demo.exitCode()).as(demo.out()).isZero();
        assertThat(demo.out()).contains("Loaded 2 articles (30 statements) from data/facts and the reference tables")
                .containsPattern("\\| 2021-12-10 \\| NATO +\\| REJECT \\| Russia can prevent Ukraine from becoming a member of NATO")
                .containsPattern("\\| Russia +\\| opposes +\\| 2021-12-10 \\| 2021-12-16 \\| 3 ")
                .containsPattern("\\| China +\\| sides with +\\| Russia +\\| \\(a direct act\\)");
    }

    @Test
    void theJarListsItsNamedQueriesAndValidatesFacts() throws Exception {
        Run queries = java("queries");
        Run validate = java("validate", "data/facts");

        assertThat(queries.exitCode()).isZero();
        assertThat(queries.out()).contains("who-opposed-what-when").contains("support-and-opposition");
        assertThat(validate.exitCode()).as(validate.out()).isZero();
        assertThat(validate.out()).contains("ok      data/facts/002_7506a153938e4833.json");
    }

    @Test
    void theJarImportsEventDataWithTheEventCodesItCarries(@TempDir Path store) throws Exception {
        Run imported = java("import", "icews", "src/test/resources/events/icews-2018-06-01.tab", "--store", store.toString());
        Run members = java("query", "members-toward", "--param", "from=2018-06-01", "--param", "to=2018-06-01",
                "--format", "csv", "--store", store.toString());

        assertThat(imported.exitCode()).as(imported.out()).isZero();
        assertThat(imported.out()).contains("24 events into").contains(", 0 bad rows");
        assertThat(members.out()).contains("2018-06-01,Germany,CONSULT,042,CONSULT,1,1.9,");
    }

    @Test
    void theJarFederatesTwoLiveEndpointsAndExportsJsonLd(@TempDir Path folder) throws Exception {
        try (Tdb2GraphStore articles = Tdb2GraphStore.open(folder.resolve("articles"), SampleData.IRIS);
             Tdb2GraphStore reference = Tdb2GraphStore.open(folder.resolve("reference"), SampleData.IRIS)) {
            SampleData.loader(articles).load(List.of(SampleData.FACTS));
            reference.replace(List.of(SampleData.referenceGraph()));
            EntenteServer articleServer = EntenteServer.builder(articles.dataset().asDatasetGraph()).port(0).build().start();
            EntenteServer referenceServer = EntenteServer.builder(reference.dataset().asDatasetGraph()).port(0).build().start();
            try {
                Run federate = java("federate", "--endpoint", articleServer.sparqlUrl(), "--endpoint", referenceServer.sparqlUrl(),
                        "--query", "positions-of-members");

                assertThat(federate.exitCode()).as(federate.out()).isZero();
                assertThat(federate.out()).containsPattern("\\| China +\\| supports +\\| 2021-12-16 \\| 2021-12-16 \\| 1 ")
                        .contains("(5 rows)");
            } finally {
                articleServer.stop();
                referenceServer.stop();
            }
        }
        Run export = java("export", "--store", folder.resolve("articles").toString(), "--format", "jsonld",
                "--output", folder.resolve("articles.jsonld").toString());
        assertThat(export.exitCode()).as(export.out()).isZero();
        assertThat(folder.resolve("articles.jsonld")).content().contains("\"@context\"").contains("statement/000_ce898c134fb15a02/1");
    }
}
