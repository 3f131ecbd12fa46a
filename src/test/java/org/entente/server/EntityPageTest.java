package org.entente.server;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.entente.rdf.IriScheme;
import org.entente.rdf.Namespaces;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML page escapes whatever the data says and links only to what is safe to follow. */
class EntityPageTest {

    final IriScheme iris = IriScheme.defaults();
    final EntityPage page = new EntityPage(iris, Namespaces.with(iris));

    @Test
    void labelsAndValuesAreEscaped() {
        Model model = ModelFactory.createDefaultModel();
        Resource entity = model.createResource(iris.actor("state/XSS"))
                .addProperty(RDFS.label, "<script>alert('x')</script> & \"friends\"")
                .addProperty(RDFS.comment, "{{properties}} stays text");

        String html = page.render(entity.getURI(), model);

        assertThat(html).doesNotContain("<script>alert")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;")
                .contains("{{properties}} stays text");
    }

    @Test
    void onlyHttpIrisBecomeLinks() {
        Model model = ModelFactory.createDefaultModel();
        Resource entity = model.createResource(iris.actor("state/XSS"))
                .addProperty(RDFS.seeAlso, model.createResource("javascript:alert(1)"))
                .addProperty(RDFS.seeAlso, model.createResource("https://example.org/page"))
                .addProperty(RDFS.seeAlso, model.createResource(iris.actor("org/NATO")));

        String html = page.render(entity.getURI(), model);

        assertThat(html).doesNotContain("href=\"javascript:")
                .contains("<a href=\"https://example.org/page\">")
                .contains("<a href=\"/id/org/NATO\">");
    }
}
