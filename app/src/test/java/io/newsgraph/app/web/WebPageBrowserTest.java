package io.newsgraph.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page as a reader uses it, in the system's headless Chromium: search, narrow by a facet, open an
 * article, follow a speaker to the entity page, and read it on a phone-sized screen. Screenshots land in
 * {@code app/target/screenshots/}. Without the browser the test fails (CI installs it; see {@code .ci/run}).
 */
class WebPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of(System.getProperty("basedir", ".")).resolve("target/screenshots");
    static WebDriver driver;
    static WebDriverWait wait;
    static String base;

    @BeforeAll
    static void browser() throws IOException {
        assertThat(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM))
                .as("headless Chromium is needed: apt-get install chromium chromium-driver (.ci/run installs them)").isTrue();
        base = SeedServer.url();
        Files.createDirectories(SHOTS);
        // Selenium warns when the browser is newer than its DevTools bindings, which these tests do not use
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000");
        // The driver named explicitly: Selenium then never tries to fetch one.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterAll
    static void close() {
        if (driver != null) driver.quit();
    }

    @Test
    void searchNarrowByOutletOpenAnArticleAndFollowTheSpeaker() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(base + "/");
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("final victory");
        box.submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hits")));
        List<WebElement> hits = driver.findElements(By.cssSelector("#hits > li"));
        assertThat(hits).hasSizeGreaterThanOrEqualTo(3);
        assertThat(driver.findElements(By.cssSelector("#hits mark"))).isNotEmpty()
                .extracting(m -> m.getText().toLowerCase()).containsOnly("final", "victory");
        shot("search-final-victory.png");

        // choosing an outlet applies at once (the page's script submits the form)
        new Select(driver.findElement(By.name("outlet"))).selectByValue("Kayhan International");
        wait.until(ExpectedConditions.textToBe(By.id("total"), "1 article matches"));
        assertThat(driver.findElement(By.cssSelector("#hits .meta")).getText()).contains("Kayhan International");
        shot("search-facet-outlet.png");

        driver.findElement(By.cssSelector("#hits > li > a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-body")));
        assertThat(driver.findElements(By.cssSelector("#article-body mark.statement"))).hasSizeGreaterThan(3);
        fullPageShot("article-kayhan.png");

        driver.findElement(By.cssSelector("#article-body a.speaker")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("entity-name")));
        assertThat(driver.findElement(By.id("entity-name")).getText()).isEqualTo("Ziyad al-Nakhalah");
    }

    @Test
    void theEntityPageShowsStatementsFromTheFourOutletsAndATimeline() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(base + "/entity/" + "Nakhaleh");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("statements")));
        assertThat(driver.findElement(By.id("entity-name")).getText()).isEqualTo("Ziyad al-Nakhalah");
        assertThat(driver.getPageSource()).contains("Secretary");
        Set<String> outlets = new HashSet<>();
        for (WebElement o : driver.findElements(By.cssSelector("#statements .outlet"))) outlets.add(o.getText());
        assertThat(outlets).containsExactlyInAnyOrder("Al Mayadeen English", "MEMRI", "The Office of the Supreme Leader",
                SeedServer.ITS_OUTLET);
        assertThat(driver.findElements(By.cssSelector("svg.timeline rect"))).hasSizeGreaterThanOrEqualTo(4);
        fullPageShot("entity-nakhalah.png");

        driver.manage().window().setSize(new Dimension(390, 844));
        driver.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("statements")));
        // readable on a phone: nothing wider than the screen
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        shot("entity-nakhalah-phone.png");
    }

    @Test
    void theStoryPageSetsBothOutletsSideBySide() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        String id = Http.get(base + "/api/v1/stories").json().get("stories").get(0).get("id").asText();
        driver.get(base + "/story/" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("story-columns")));
        List<WebElement> columns = driver.findElements(By.cssSelector("#story-columns .story-article"));
        assertThat(columns).extracting(c -> c.findElement(By.className("outlet")).getText())
                .containsExactly("Al Mayadeen English", SeedServer.ITS_OUTLET);
        // side by side: the second column starts level with the first, to its right
        assertThat(columns.get(1).getLocation().getY()).isEqualTo(columns.get(0).getLocation().getY());
        assertThat(columns.get(1).getLocation().getX()).isGreaterThan(columns.get(0).getLocation().getX());
        assertThat(driver.findElements(By.cssSelector("#aligned tbody tr"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("svg.chain rect"))).hasSize(2);
        fullPageShot("story-13-14-april-2024.png");
    }

    /** The whole page, by making the window as tall as the document first. */
    private static void fullPageShot(String name) throws IOException {
        Dimension before = driver.manage().window().getSize();
        Object height = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(before.getWidth(), Math.min(6000, ((Number) height).intValue() + 140)));
        shot(name);
        driver.manage().window().setSize(before);
    }

    private static void shot(String name) throws IOException {
        Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
