package org.opencem.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright. Skips the test on a laptop without Chromium, never in CI.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Browser launch() {
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed");
        }
        Playwright playwright = Playwright.create();
        return new Browser(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run"))));
    }

    /** A fresh person: own cookies, a browser language, and a desktop or phone-sized window. */
    public Page person(String language, int width, int height) {
        BrowserContext context = browser.newContext(new NewContextOptions().setLocale(language)
                .setViewportSize(width, height).setExtraHTTPHeaders(java.util.Map.of("Accept-Language", language)));
        return context.newPage();
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /**
     * Waits until htmx has no request in flight and has bound the content it last swapped in: a new element
     * is live only after the settle delay, so a test that acts on it sooner races the page.
     */
    public static void settled(Page page) {
        page.waitForFunction("() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
