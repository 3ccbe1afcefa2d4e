package nl.afsluitwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signs in as each demo role in a real browser and checks the menu that role gets. */
@IntegrationTest
class NavigationBrowserTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "behandelaar;Caseload|Sessies importeren|Intervisie|Bronnen",
                "manager;Caseload|Sessies importeren|Intervisie|Inzicht|Beheer|Auditlog|Afrondbeleid|Brieven|Verwacht verloop|Privacy|Bronnen",
                "beheer;Beheer|Auditlog|Back-ups"
            })
    void eachRoleSeesItsOwnMenu(String username, String expectedMenu) {
        try (BrowserContext context = Browser.context(1280, 800)) {
            Page page = context.newPage();
            Browser.signIn(page, "http://localhost:" + port, username);
            List<String> menu = page.locator("nav.mainnav a").allTextContents().stream()
                    .map(String::strip)
                    .toList();
            assertThat(menu).containsExactly(expectedMenu.split("\\|"));
            assertThat(page.locator(".usermenu").textContent()).contains("Uitloggen");
            Browser.screenshot(page, "navigation-" + username);
        }
    }

    @ParameterizedTest(name = "login page on a {0}px wide screen")
    @CsvSource({"390,844", "1280,800"})
    void theLoginPageListsTheDemoUsers(int width, int height) {
        try (BrowserContext context = Browser.context(width, height)) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            assertThat(page.locator(".demo").textContent()).contains("behandelaar2", "manager", "beheer");
            Browser.screenshot(page, "login-" + width);
        }
    }
}
