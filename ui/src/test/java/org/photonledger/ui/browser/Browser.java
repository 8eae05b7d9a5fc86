package org.photonledger.ui.browser;

import java.io.File;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with the binaries given explicitly so nothing is downloaded.
 * CI installs chromium and chromium-driver; elsewhere the browser tests are skipped when they are absent.
 */
public final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    final WebDriver driver;
    final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    public static Browser open() {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1500,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        return new Browser(new ChromeDriver(service, options));
    }

    private final java.util.Set<String> signedInAt = new java.util.HashSet<>();
    private String user = org.photonledger.ui.security.TestUsers.ADMIN;
    private String password = org.photonledger.ui.security.TestUsers.ADMIN_PASSWORD;

    /** Later pages are seen as this user (the first admin, who holds every role, unless said otherwise). */
    public Browser as(String user, String password) {
        this.user = user;
        this.password = password;
        signedInAt.clear();
        return this;
    }

    /** Opens a page signed in: the first visit to a site signs in through the login endpoint and keeps its cookie. */
    public void go(String url) {
        java.net.URI uri = java.net.URI.create(url);
        String origin = uri.getScheme() + "://" + uri.getAuthority();
        if (signedInAt.add(origin)) {
            signIn(origin);
        }
        driver.get(url);
    }

    /** Opens a page without signing in first (to see the login page). */
    public void goSignedOut(String url) {
        driver.get(url);
    }

    private void signIn(String origin) {
        try {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            String form = "username=" + java.net.URLEncoder.encode(user, java.nio.charset.StandardCharsets.UTF_8)
                    + "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8);
            var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(origin
                    + "/api/session/login")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            String cookie = response.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith(org.photonledger.ui.security.WebSessions.COOKIE + "=")).findFirst()
                    .orElseThrow(() -> new AssertionError("signing in as " + user + " gave no session cookie ("
                            + response.statusCode() + " → " + response.headers().firstValue("Location").orElse("") + ")"));
            String value = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';') < 0 ? cookie.length()
                    : cookie.indexOf(';'));
            driver.get(origin + "/login");
            driver.manage().addCookie(new org.openqa.selenium.Cookie(org.photonledger.ui.security.WebSessions.COOKIE,
                    value, "/"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public WebElement find(String css) {
        return wait.until(d -> {
            var found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** Types into the input inside a Vaadin text field, replacing what was there, and commits it. */
    public void type(String fieldCss, String text) {
        WebElement input = find(fieldCss + " input");
        input.clear();
        input.sendKeys(text);
        js("arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input);
    }

    /** Saves what the browser shows under target/screenshots, for people to look at after a run. */
    public void screenshot(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Files.write(dir.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public void until(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
