package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.storyline.model.Article;
import org.storyline.model.Published;
import org.storyline.model.StoredArticle;

/**
 * A reader in real Chromium (Debian's chromium and chromedriver) over the real app with the demo corpus: opens the
 * demo, reads a story, searches, signs up with a name full of markup, comments with script payloads, follows the
 * story, and sees a new article in "what's new". No alert or other dialog may open at any step.
 */
class ReaderBrowserTest {

    private static final String NAME = "<img src=x onerror=alert(7)>";
    private static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(2)>",
            "\"><svg onload=alert(3)>", "<a href=\"javascript:alert(4)\">click</a>", "</textarea><script>alert(5)</script>");

    @TempDir
    static Path dir;
    private static RunningApp app;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        String chromium = Browsers.chromium();
        String chromedriver = Browsers.chromedriver();
        org.junit.jupiter.api.Assumptions.assumeTrue(chromium != null && chromedriver != null, Browsers.MISSING);
        app = RunningApp.start(dir.resolve("data"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--no-first-run", "--window-size=1200,1400",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
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
    void aReaderReadsSearchesSignsUpCommentsFollowsAndSeesWhatIsNew() {
        browser.get(app.base() + "/");
        noDialog();
        assertThat(browser.getTitle()).contains("Storyline");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).as("the first Tab reaches the skip link")
                .isEqualTo("Skip to the content");

        // Read a story: the busiest one on the front page.
        WebElement firstStory = browser.findElement(By.cssSelector(".story-card h2 a"));
        String storyTitle = firstStory.getText();
        firstStory.click();
        wait(ExpectedConditions.urlContains("/story/"));
        String storyUrl = browser.getCurrentUrl();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(storyTitle);
        assertThat(browser.findElements(By.cssSelector("svg.story-chart rect"))).as("articles-per-day chart").isNotEmpty();

        // Search.
        browser.findElement(By.linkText("Search")).click();
        WebElement query = browser.findElement(By.id("q"));
        query.sendKeys("Sputnik raid");
        query.submit();
        wait(ExpectedConditions.urlContains("q=Sputnik"));
        assertThat(browser.findElements(By.cssSelector("main a[href^='/article/']"))).isNotEmpty();
        noDialog();

        // Sign up from the story page: the header's "Sign in", then "Sign up"; back on the story after.
        browser.get(storyUrl);
        browser.findElement(By.linkText("Sign in")).click();
        browser.findElement(By.linkText("Sign up")).click();
        browser.findElement(By.id("name")).sendKeys(NAME);
        browser.findElement(By.id("password")).sendKeys("a long browser password");
        browser.findElement(By.id("password2")).sendKeys("a long browser password");
        browser.findElement(By.cssSelector("form.account-form button[type=submit]")).click();
        wait(ExpectedConditions.urlToBe(storyUrl));
        assertThat(browser.findElement(By.cssSelector("header form.signout button")).getDomAttribute("title")).contains(NAME);
        noDialog();

        // Comment, with payloads that must stay text.
        for (String payload : PAYLOADS) {
            WebElement box = browser.findElement(By.id("comment-text"));
            box.sendKeys(payload);
            box.findElement(By.xpath("ancestor::form")).findElement(By.cssSelector("button[type=submit]")).click();
            // From the second comment on the address already has #comment-: wait for the new page, not the URL.
            waitGone(box);
            wait(ExpectedConditions.urlContains("#comment-"));
            noDialog();
        }
        List<String> shown = browser.findElements(By.cssSelector(".comment-body")).stream().map(WebElement::getText).toList();
        assertThat(shown).containsAll(PAYLOADS);
        assertThat(browser.findElements(By.cssSelector(".comment .author")).stream().map(WebElement::getText))
                .contains(NAME);
        assertThat(((JavascriptExecutor) browser).executeScript("return document.querySelectorAll('main script, main img, main svg:not(.story-chart)').length"))
                .isEqualTo(0L);

        // Follow the story; it shows in "what's new", and a new article in it shows there once.
        browser.findElement(By.xpath("//button[starts-with(normalize-space(.), 'Follow this story')]")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.following")));
        browser.findElement(By.linkText("What’s new")).click();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("nothing new since your last visit");
        String storyId = storyUrl.replaceFirst(".*/story/", "");
        app.store().transaction(tx -> {
            tx.insert(new StoredArticle(new Article("browser-late", "Baku and Moscow exchange notes", "Reuters", null,
                    Published.ofDate(LocalDate.of(2025, 7, 9)), null, null, "en", List.of(), "Notes were exchanged.", "test"),
                    null, storyId));
            tx.refreshStory(storyId);
            return null;
        });
        browser.navigate().refresh();
        String news = browser.findElement(By.tagName("main")).getText();
        assertThat(news).contains("1 new article").contains("Baku and Moscow exchange notes");
        browser.findElement(By.linkText("Baku and Moscow exchange notes")).click();
        wait(ExpectedConditions.urlContains("/article/browser-late"));
        browser.findElement(By.linkText("What’s new")).click();
        assertThat(browser.findElements(By.cssSelector("main a[href='/article/browser-late']"))).as("seen once").isEmpty();

        // Sign out.
        browser.findElement(By.cssSelector("header form.signout button")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.linkText("Sign in")));
        noDialog();
    }

    @Test
    void theDialogCheckSeesADialogWhenOneOpens() {
        browser.get("data:text/html,<script>alert('control')</script>");
        try {
            noDialog();
            throw new IllegalStateException("the check missed an open alert");
        } catch (AssertionError seen) {
            assertThat(seen).hasMessageContaining("control");
        } finally {
            browser.switchTo().alert().dismiss();
        }
    }

    private static void noDialog() {
        try {
            String text = browser.switchTo().alert().getText();
            throw new AssertionError("a dialog opened: " + text);
        } catch (NoAlertPresentException expected) {
            // nothing executed
        }
    }

    /**
     * Waits until the page that held {@code element} is replaced. While Chromium swaps the document, asking after
     * the old node can fail with "Node with given id does not belong to the document" instead of a stale-element
     * answer; that is asked again (the next answer is the stale one), never taken as the page being gone.
     */
    private static void waitGone(WebElement element) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(element));
    }

    private static <T> void wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }
}
