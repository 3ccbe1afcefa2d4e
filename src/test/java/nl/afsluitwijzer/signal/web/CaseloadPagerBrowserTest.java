package nl.afsluitwijzer.signal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The manager pages through the practice's caseload with the keyboard: the pager says which rows of how many are
 * shown, and its links keep the order and the page size.
 */
@IntegrationTest
class CaseloadPagerBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void theManagerPagesWithTheKeyboard() {
        try (BrowserContext context = Browser.context(1280, 900)) {
            Page page = context.newPage();
            String base = "http://localhost:" + port;
            Browser.signIn(page, base, "manager");
            page.navigate(base + "/caseload?size=3&sort=weeks&dir=desc");
            String range = page.locator("nav.pager .pager-range").first().textContent();
            assertThat(range).matches("1–3 van \\d[\\d.]*");
            Browser.screenshot(page, "caseload-pager-1");

            page.locator("nav.pager a[rel=next]").first().focus();
            page.keyboard().press("Enter");
            page.waitForURL(url -> url.contains("page=2"));
            assertThat(page.locator("nav.pager .pager-range").first().textContent())
                    .startsWith("4–6 van");
            assertThat(page.url()).contains("size=3").contains("sort=weeks").contains("dir=desc");
            assertThat(page.locator("nav.pager [aria-current=page]").first().textContent())
                    .startsWith("Pagina 2 van");
            Browser.screenshot(page, "caseload-pager-2");
        }
    }
}
