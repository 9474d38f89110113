package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader opens the demo's rift story in real Chromium (Debian's chromium and chromedriver) at 1366 × 768 and finds
 * what they came for on the first screen: the title, a summary, the nine articles grouped with their outlets, the
 * republished copy nested under its original, counts without the copy; the "Took in" line leads to what was merged;
 * a person they follow brings a newly ingested article into What's new.
 */
class StoryPageBrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @TempDir
    static Path dir;
    private static RunningApp app;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assertThat(new File(CHROMIUM).canExecute()).as("browser tests need Debian's Chromium: apt-get install chromium"
                + " chromium-driver (.ci/run does it when run as root)").isTrue();
        app = RunningApp.start(dir.resolve("data"));
        tookInAnEarlierStory(app.store());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // The viewport a reader has on a 1366 × 768 laptop, whatever the window frame takes.
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", 1366, "height", 768, "deviceScaleFactor", 1, "mobile", false));
    }

    /**
     * Gives the rift story a merge in its history, as the pipeline records one: its newest original becomes the
     * founder of a story of its own (the id the clusterer gives a story it founds), which the rift story then takes
     * in. The demo's own placement may or may not merge, depending on the model; the page's history must work either
     * way.
     */
    private static void tookInAnEarlierStory(org.storyline.store.ArticleStore store) {
        String rift = store.stories(10, 0).stream().filter(s -> s.articleCount() == 10).findFirst().orElseThrow().id();
        if (store.lineage(rift).stream().anyMatch(e -> e.getKey().equals("absorbed"))) {
            return;
        }
        var newest = store.articlesOfStory(rift).stream().filter(a -> !a.isCopy()).findFirst().orElseThrow();
        String founded = org.storyline.cluster.StoryClusterer.storyIdFor(newest.id());
        store.transaction(tx -> {
            tx.splitStory(rift, founded, java.util.List.of(newest.id()));
            tx.mergeStory(founded, rift);
            return null;
        });
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theRiftStoryOpensOnItsCoverageWithCopiesCountedOnce() {
        browser.get(app.base() + "/");
        WebElement card = browser.findElements(By.cssSelector(".story-card")).stream()
                .filter(c -> c.getText().contains("9 articles")).findFirst().orElseThrow();
        assertThat(card.getText()).as("home card counts the copy apart").contains("9 articles (+1 copy)");
        String title = card.findElement(By.cssSelector("h2 a")).getText();
        card.findElement(By.cssSelector("h2 a")).click();
        wait(ExpectedConditions.urlContains("/story/"));
        String storyUrl = browser.getCurrentUrl();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(text(".story-size")).startsWith("9 articles from").contains("1 republished copy").contains("July 2025");
        List<WebElement> summary = browser.findElements(By.cssSelector("ul.summary li"));
        assertThat(summary).as("a short summary").hasSizeBetween(1, 3);
        assertThat(summary.get(0).getText()).doesNotContain("(AP) —").as("dateline stripped, wire credited")
                .contains("AP via");

        List<WebElement> rows = browser.findElements(By.cssSelector("li.row"));
        assertThat(rows).as("the nine articles, each once").hasSize(9);
        assertThat(rows).allSatisfy(r -> assertThat(r.findElement(By.cssSelector(".outlet")).getText())
                .isNotBlank().doesNotStartWith("Unnamed outlet"));
        assertThat(browser.findElements(By.cssSelector("h3.group")).stream().map(WebElement::getText)
                .map(t -> t.replaceFirst(" \\(\\d+\\)$", "")).toList())
                .containsExactly("NEWS", "ANALYSIS AND OPINION", "WIRE STORIES AND REPUBLISHED COPIES");
        List<WebElement> withCopies = rows.stream().filter(r -> !r.findElements(By.cssSelector("ul.copies li")).isEmpty())
                .toList();
        assertThat(withCopies).as("one original with its copy nested under it").hasSize(1);
        WebElement original = withCopies.get(0);
        assertThat(original.findElement(By.cssSelector(".headline")).getText()).startsWith("Azerbaijan detains 7");
        assertThat(original.findElement(By.cssSelector("ul.copies li")).getText()).as("what the copy changed")
                .contains("outlet unknown (via").containsPattern("added|reworded|removed|same");

        long top = number("return Math.round(document.querySelector('li.row a.headline').getBoundingClientRect().top + scrollY)");
        assertThat(top).as("first article within the first screen").isLessThan(768);
        long height = number("return document.documentElement.scrollHeight");
        assertThat(height).as("whole page under four screens").isLessThan(4 * 768);

        // "Took in" names the story that was merged as it was, with its dates, and opens (without script) on the
        // articles it brought, which live here now; none of it leads back through the merged story's redirect.
        WebElement tookIn = browser.findElement(By.cssSelector("ul.history details.took-in"));
        String merged = tookIn.findElement(By.cssSelector(".history-title")).getText();
        assertThat(merged).isNotBlank().isNotEqualTo("an earlier story");
        assertThat(tookIn.findElement(By.tagName("summary")).getText()).contains("July 2025").contains("1 article");
        tookIn.findElement(By.tagName("summary")).click();
        WebElement brought = tookIn.findElement(By.cssSelector("ul.took-in-articles a"));
        assertThat(brought.isDisplayed()).isTrue();
        String headline = brought.getText();
        brought.click();
        wait(ExpectedConditions.urlContains("/article/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(headline).isEqualTo(merged);

        followAPersonAndSeeTheirNewArticle(storyUrl);
    }

    private void followAPersonAndSeeTheirNewArticle(String storyUrl) {
        browser.get(app.base() + "/signup");
        browser.findElement(By.id("name")).sendKeys("Story Reader");
        browser.findElement(By.id("password")).sendKeys("a long browser password");
        browser.findElement(By.id("password2")).sendKeys("a long browser password");
        browser.findElement(By.cssSelector("form.account-form button[type=submit]")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header form.signout")));
        browser.get(storyUrl);
        WebElement person = browser.findElement(By.cssSelector("#people ~ ul.entities a[href^='/entity/'], section.people ul.entities a[href^='/entity/']"));
        String name = person.getText();
        person.click();
        wait(ExpectedConditions.urlContains("/entity/"));
        browser.findElement(By.xpath("//button[starts-with(normalize-space(.), 'Follow ')]")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.following")));

        Path page = dir.resolve("new-page.txt");
        try {
            Files.writeString(page, "\nBaku envoy meets " + name + " over detained journalists\n" + name
                    + " met Azerbaijan's envoy in Moscow on Thursday to discuss the journalists detained in Baku, the"
                    + " foreign ministry said. " + name + " said the talks were frank and that both sides wanted the"
                    + " detained journalists home soon. The envoy said Baku would answer within a week.\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        app.ingest(page);
        browser.get(app.base() + "/following");
        assertThat(browser.findElement(By.tagName("main")).getText()).as("the followed person's new article")
                .contains("Baku envoy meets " + name);
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static long number(String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
    }

    private static <T> void wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }
}
