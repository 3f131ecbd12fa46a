package org.entente.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web page in a real browser: Debian's Chromium, headless, driven by its chromedriver through
 * Selenium, against the server on a free loopback port with the sample data. Skipped (with the
 * reason) where Chromium is not installed; {@code .ci/run} installs it. Each view is saved as a
 * screenshot under {@code target/screenshots/}.
 */
class WebPageBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.withSamples();
    @TempDir
    static Path folder;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void openTheBrowserOnTheSamples() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                        + " is missing (apt-get install chromium chromium-driver; .ci/run does)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(folder.resolve("profile")), "--window-size=1600,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Loads the page afresh on a view and waits until the view has its data. */
    static void open(String view) {
        browser.get("about:blank");
        browser.get(SERVER.server().url() + "/#" + view);
        wait.until(ExpectedConditions.attributeToBe(By.id(view + "-view"), "data-ready", "true"));
    }

    static void chooseDay(String day) {
        browser.executeScript("const input = document.getElementById('day'); input.value = arguments[0];"
                + "input.dispatchEvent(new Event('change'));", day);
    }

    /**
     * Chooses the day and waits until the alliance view has shown it: the member table it showed before
     * replaced, and the summary for the day. The summary alone is not enough where the day was shown
     * already: the table would be replaced after the test found its rows.
     */
    static String summaryAfterChoosing(String day, String expectedStart) {
        WebElement shownTable = browser.findElement(By.cssSelector("#member-table table"));
        chooseDay(day);
        wait.until(ExpectedConditions.and(ExpectedConditions.stalenessOf(shownTable),
                ExpectedConditions.textMatches(By.id("member-summary"), Pattern.compile("^" + expectedStart))));
        return browser.findElement(By.id("member-summary")).getText();
    }

    static List<WebElement> rows(String container) {
        return browser.findElements(By.cssSelector(container + " table.results tbody tr"));
    }

    static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** The console's errors since the last call, except those {@code expected} allows. */
    static List<String> consoleErrors(Predicate<String> expected) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).filter(expected.negate()).toList();
    }

    static List<String> consoleErrors() {
        return consoleErrors(message -> false);
    }

    @Test
    void theAllianceViewListsThirtyNatoMembersOn10December2021AndThirtyTwoOn7March2024() throws IOException {
        open("alliances");

        assertThat(summaryAfterChoosing("2021-12-10", "30 ")).isEqualTo("30 members of NATO on 10 December 2021");
        assertThat(rows("#member-table")).hasSize(30);
        assertThat(summaryAfterChoosing("2024-03-07", "32 ")).isEqualTo("32 members of NATO on 7 March 2024");
        assertThat(rows("#member-table")).hasSize(32)
                .anySatisfy(row -> assertThat(row.getText()).contains("Sweden").contains("7 March 2024"));
        screenshot("alliances");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theNextEnlargementButtonStepsToTheNextAccessionDay() {
        open("alliances");
        summaryAfterChoosing("2021-12-10", "30 ");

        browser.findElement(By.id("next-enlargement")).click();

        wait.until(ExpectedConditions.textToBe(By.id("member-summary"), "31 members of NATO on 4 April 2023"));
        assertThat(browser.findElement(By.id("day")).getAttribute("value")).isEqualTo("2023-04-04");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void clickingAStateShowsItsMembershipsTreatiesAndStatements() throws IOException {
        open("alliances");
        summaryAfterChoosing("2021-12-10", "30 ");

        rows("#member-table").stream().filter(row -> row.getText().startsWith("United States")).findFirst()
                .orElseThrow().click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state-details"), "Statements in the articles"));
        WebElement details = browser.findElement(By.id("state-details"));
        assertThat(details.findElement(By.tagName("h3")).getText()).startsWith("United States");
        assertThat(details.getText()).contains("NATO", "Treaty on the Non-Proliferation of Nuclear Weapons")
                .doesNotContain("https://w3id.org");
        assertThat(details.findElements(By.cssSelector("table.results"))).hasSize(3);
        browser.executeScript("arguments[0].scrollIntoView()", details);
        screenshot("alliances-state");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void thePositionsViewShowsRussiaOpposedAndNatoSupportingUkrainesMembership() throws IOException {
        open("positions");

        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("proposition")))
                .getFirstSelectedOption().getText()).startsWith("Ukraine becomes a member of NATO");
        assertThat(rows("#position-table")).extracting(WebElement::getText).containsExactly(
                "Russia opposes 10 December 2021 16 December 2021 3",
                "NATO supports 10 December 2021 10 December 2021 1");
        List<WebElement> evidence = browser.findElements(By.cssSelector("#position-evidence li"));
        assertThat(evidence).hasSize(4);
        assertThat(evidence.get(0).getText()).startsWith("10 December 2021 · NATO SUPPORTS")
                .contains("Stoltenberg").contains("From ");
        assertThat(browser.findElements(By.cssSelector("#position-timeline canvas"))).isNotEmpty();
        screenshot("positions");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theDyadsViewShowsTheActsBetweenRussiaAndNatoByMonthWithTheirSources() throws IOException {
        open("dyads");

        assertThat(rows("#dyad-table")).extracting(WebElement::getText).containsExactly(
                "2021-12 NATO Russia 1 0 0 0 0", "2021-12 Russia NATO 8 0 0 0 0");
        assertThat(rows("#dyad-sources")).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#dyad-timeline canvas"))).isNotEmpty();
        screenshot("dyads");

        browser.executeScript("document.getElementById('dyad-actor').value = 'state/CHN';"
                + "document.getElementById('dyad-other').value = 'state/RUS';"
                + "document.getElementById('dyad-controls').requestSubmit();");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dyad-table"), "China"));
        assertThat(rows("#dyad-table")).extracting(WebElement::getText).containsExactly(
                "2021-12 China Russia 1 0 0 0 0", "2021-12 Russia China 1 0 0 0 0");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aNamedQueryRunsFromItsFormAndShowsRowsWithLabelledLinks() throws IOException {
        open("queries");

        browser.findElement(By.cssSelector("button[data-query='members-on-date']")).click();
        WebElement date = browser.findElement(By.cssSelector("#query-form input[name='date']"));
        browser.executeScript("arguments[0].value = '2024-03-07'; arguments[0].dispatchEvent(new Event('input', {bubbles: true}))", date);
        browser.findElement(By.cssSelector("#query-form button[type='submit']")).click();

        wait.until(driver -> rows("#query-result").size() == 32);
        WebElement albania = browser.findElement(By.linkText("Albania"));
        assertThat(albania.getAttribute("href")).isEqualTo(SERVER.server().url() + "/id/state/ALB");
        assertThat(browser.findElement(By.id("query-csv")).getAttribute("href"))
                .isEqualTo(SERVER.server().url() + "/api/query/members-on-date.csv?organisation=org%2FNATO&date=2024-03-07");
        assertThat(browser.findElement(By.id("query-result")).getText()).doesNotContain("https://w3id.org");
        screenshot("queries");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aFreeQueryRunsInTheEditor() {
        open("queries");

        browser.findElement(By.id("run-sparql")).click();

        wait.until(driver -> !rows("#sparql-result").isEmpty());
        assertThat(browser.findElement(By.cssSelector("#sparql-result tbody tr")).getText()).startsWith("Russia Russia ");
        assertThat(browser.findElements(By.cssSelector(".CodeMirror .cm-keyword"))).isNotEmpty();
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aMalformedFreeQueryShowsTheParserMessage() throws IOException {
        open("queries");

        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('.CodeMirror').CodeMirror.setValue('SELECT ?x WHERE { ?x ?p }')");
        browser.findElement(By.id("run-sparql")).click();

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#sparql-result pre.error")));
        assertThat(error.getText()).contains("Parse error").contains("line 1");
        browser.executeScript("arguments[0].scrollIntoView()", error);
        screenshot("queries-malformed");
        // the browser reports the 400 answer itself; nothing else may be logged
        assertThat(consoleErrors(message -> message.contains("/entente/sparql") && message.contains("400"))).isEmpty();
    }

    @Test
    void onAPhoneTheViewsFitTheScreenWidth() throws IOException {
        browser.manage().window().setSize(new Dimension(412, 915));
        try {
            for (String view : List.of("alliances", "positions", "dyads", "queries")) {
                open(view);
                Long overflow = (Long) browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                Object wide = browser.executeScript("return [...document.querySelectorAll('body *')]"
                        + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                        + ".map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')");
                assertThat(overflow).as(view + " overflows sideways: " + wide).isLessThanOrEqualTo(0L);
                screenshot(view + "-phone");
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1600, 1000));
        }
        assertThat(consoleErrors()).isEmpty();
    }
}
