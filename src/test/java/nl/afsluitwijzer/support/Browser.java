package nl.afsluitwijzer.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * One headless Chromium for all browser tests. Uses Debian's /usr/bin/chromium when it is there (CI and
 * machines without internet); otherwise Playwright's own browser, which it downloads on first use.
 */
public final class Browser {

    private static final Path DEBIAN_CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static com.microsoft.playwright.Browser browser;

    private Browser() {}

    public static synchronized com.microsoft.playwright.Browser get() {
        if (browser == null) {
            boolean debian = Files.isExecutable(DEBIAN_CHROMIUM);
            Playwright playwright = debian
                    ? Playwright.create(
                            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))
                    : Playwright.create();
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                    .setHeadless(true)
                    .setArgs(List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run"));
            if (debian) {
                options.setExecutablePath(DEBIAN_CHROMIUM);
            }
            browser = playwright.chromium().launch(options);
        }
        return browser;
    }

    /** A fresh browser context (its own cookies) with a desktop or phone viewport. */
    public static BrowserContext context(int width, int height) {
        return get().newContext(
                        new NewContextOptions().setViewportSize(width, height).setLocale("nl-NL"));
    }

    public static void signIn(Page page, String baseUrl, String username) {
        page.navigate(baseUrl + "/login");
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord").fill("demo");
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
        page.waitForLoadState();
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }
}
