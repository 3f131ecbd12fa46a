package org.entente.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.cli.EntenteCliTest.run;

/** {@code --dictionary FILE}: an analyst's own PETRARCH actor file resolves names in extraction beside the packaged ones. */
class DictionaryOptionTest {

    static final String ARTICLE = "src/test/resources/extraction/dictionaries/group-demands.txt";
    static final String OWN = "src/test/resources/petrarch-dictionaries/own.actors.txt";

    @Test
    void extractNamesTheGroupsOfThePackagedDictionariesAndOfTheAnalystsOwn() {
        EntenteCliTest.Run run = run("extract", "--show", "--published", "2021-12-10", "--dictionary", OWN, ARTICLE);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("group/hezbollah").contains("group/northern-watch-collective");
    }

    @Test
    void withoutItTheAnalystsGroupIsNotNamed() {
        EntenteCliTest.Run run = run("extract", "--show", "--published", "2021-12-10", ARTICLE);

        assertThat(run.out()).contains("group/hezbollah").doesNotContain("group/northern-watch-collective");
    }

    @Test
    void aDictionaryThatCannotBeReadIsBadInputNamingTheFileAndLine() {
        EntenteCliTest.Run missing = run("extract", "--show", "--dictionary", "no-such.actors.txt", ARTICLE);
        EntenteCliTest.Run bad = run("extract", "--show", "--dictionary", "src/test/resources/petrarch-dictionaries/bad-lines.actors.txt", ARTICLE);

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no-such.actors.txt, line 1: there is no such file");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("bad-lines.actors.txt, line 2: a synonym before the first entry");
    }
}
