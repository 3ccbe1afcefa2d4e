package nl.afsluitwijzer.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.portal.internal.IssuedLink;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.privacy.ClientDataExport;
import nl.afsluitwijzer.support.AtOnce;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.ClientErasure;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.FlashMap;

/** The client link by e-mail, against a real SMTP server (GreenMail) inside the test. */
@IntegrationTest
@TestPropertySource(
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=" + LinkMailTest.PORT,
            "afsluitwijzer.mail.from=praktijk@afsluitwijzer.test",
            "spring.mail.properties.mail.smtp.starttls.enable=false",
            "spring.mail.properties.mail.smtp.starttls.required=false"
        })
class LinkMailTest {

    static final int PORT = 40125;
    private static final String ADDRESS = "jet.jansen@example.nl";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", "smtp"));

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LinkReminders reminders;

    @Autowired
    ClientLinks links;

    @Autowired
    PracticeRepository practices;

    @Autowired
    ClientDataExport export;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    TreatmentChanges changes;

    /** The reminder job looks at every mailed link: those of earlier tests are done with. */
    @BeforeEach
    void earlierMailsAreReminded() {
        jdbc.sql("UPDATE client_link_mail SET reminded_at = sent_at, address = NULL, sealed_link = NULL"
                        + " WHERE reminded_at IS NULL")
                .update();
    }

    @Test
    void theMailHoldsOnlyThePracticeNeutralSubjectAndTheLink() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        MvcResult result = makeLink("behandelaar", treatment, ADDRESS, true);
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        String url = issuedUrl(result);

        MimeMessage mail = onlyMail();
        String practice =
                practices.findById(treatment.getPracticeId()).orElseThrow().getName();
        assertThat(mail.getFrom()[0].toString()).isEqualTo("praktijk@afsluitwijzer.test");
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(ADDRESS);
        assertThat(mail.getSubject()).isEqualTo("Bericht van " + practice);
        assertThat(mail.getHeader("Content-Type")[0]).startsWith("multipart/mixed");
        assertThat(mail.getSentDate()).isNotNull();
        assertThat(mail.getHeader("Reply-To")).isNull();
        String text = plainText(mail).replace("\r\n", "\n");
        assertThat(text)
                .contains(url, practice)
                .doesNotContainIgnoringCase("PHQ")
                .doesNotContain("Weer sporten", "vraag", fixtures.referenceOf(treatment), "vragenlijst", "behandel");
        assertThat(text.strip())
                .isEqualTo(("Beste cliënt,\n\n%s stuurt je een persoonlijke link:\n\n%s\n\n"
                                + "De link werkt één keer en 14 dagen lang. Deel hem niet met anderen.\n\n"
                                + "Met vriendelijke groet,\n%s")
                        .formatted(practice, url, practice));
        assertThat(audited("CLIENT_LINK_MAIL", treatment)).isEqualTo(1);
        assertThat(audited("CLIENT_MAIL_ADDRESS", treatment)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT address FROM client_mail_address WHERE client_id = ?")
                        .param(treatment.getClientId())
                        .query(String.class)
                        .single())
                .as("stored encrypted")
                .doesNotContain("jet", "example");
    }

    @Test
    void theTreatingTherapistSeesTheKeptAddressAndColleaguesOnlyItsMask() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        makeLink("behandelaar", treatment, ADDRESS, true);

        assertThat(page("behandelaar", treatment))
                .contains("value=\"" + ADDRESS + "\"", "gemaild naar j***@example.nl");
        assertThat(page("manager", treatment))
                .doesNotContain(ADDRESS, "name=\"mailTo\"", "example.nl")
                .contains("per e-mail verstuurd");
    }

    @Test
    void aColleagueTheTreatmentIsSharedWithMayUseTheAddressAndLosesItWhenUnshared() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        makeLink("behandelaar", treatment, ADDRESS, true);
        Long colleague = accounts.findByUsername("behandelaar2").orElseThrow().getId();
        fixtures.as("behandelaar", () -> changes.share(CurrentUser.require(), treatment.getId(), colleague, true));
        assertThat(page("behandelaar2", treatment)).contains("value=\"" + ADDRESS + "\"");
        fixtures.as("behandelaar", () -> changes.share(CurrentUser.require(), treatment.getId(), colleague, false));
        assertThat(page("behandelaar2", treatment)).doesNotContain(ADDRESS, "example.nl");
    }

    @Test
    void aColleagueWhoDoesNotTreatTheClientCannotMailTheLink() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        assertThat(makeLink("behandelaar2", treatment, ADDRESS, true)
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(makeLink("manager", treatment, ADDRESS, true).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(linksOf(treatment)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM client_mail_address WHERE client_id = ?")
                        .param(treatment.getClientId())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aBadAddressIsShownNextToTheFieldAndMakesNoLink() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        MvcResult result = makeLink("behandelaar", treatment, "jet@@nergens", false);
        String html = mvc.perform(get("/behandelingen/" + treatment.getId())
                        .cookie(result.getResponse().getCookies())
                        .with(user(users.loadUserByUsername("behandelaar"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Dit is geen geldig e-mailadres", "aria-invalid=\"true\"", "value=\"jet@@nergens\"");
        assertThat(linksOf(treatment)).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aFailedSendSaysSoAndKeepsTheLinkToCopy() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        smtp.stop();
        MvcResult result = makeLink("behandelaar", treatment, ADDRESS, false);
        assertThat(result.getFlashMap().get("errorText")).asString().contains("kon niet worden verstuurd");
        assertThat(result.getFlashMap().get("issuedLink")).isInstanceOf(IssuedLink.class);
        assertThat(linksOf(treatment)).isEqualTo(1);
    }

    @Test
    void oneReminderAfterThreeDaysUnusedAndNeverASecond() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        Instant sent = clock.instant();
        String url = issuedUrl(makeLink("behandelaar", treatment, ADDRESS, false));

        assertThat(reminders.remindDue(sent.plus(Duration.ofDays(3)).minusSeconds(60)))
                .isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(reminders.remindDue(sent.plus(Duration.ofDays(3)).plusSeconds(60)))
                .isEqualTo(1);
        assertThat(reminders.remindDue(sent.plus(Duration.ofDays(4)))).isZero();
        assertThat(reminders.remindDue(sent.plus(Duration.ofDays(10)))).isZero();

        assertThat(smtp.getReceivedMessages()).hasSize(2);
        MimeMessage reminder = smtp.getReceivedMessages()[1];
        String practice =
                practices.findById(treatment.getPracticeId()).orElseThrow().getName();
        assertThat(reminder.getSubject()).isEqualTo("Herinnering: bericht van " + practice);
        assertThat(reminder.getFrom()[0].toString()).isEqualTo("praktijk@afsluitwijzer.test");
        assertThat(reminder.getAllRecipients()).extracting(Object::toString).containsExactly(ADDRESS);
        assertThat(plainText(reminder))
                .contains(url, practice)
                .doesNotContainIgnoringCase("PHQ")
                .doesNotContain(fixtures.referenceOf(treatment), "vragenlijst", "behandel");
        assertThat(audited("CLIENT_LINK_MAIL", treatment)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM client_link_mail m JOIN client_link l ON l.id = m.link_id"
                                + " WHERE l.treatment_id = ? AND (m.address IS NOT NULL OR m.sealed_link IS NOT NULL)")
                        .param(treatment.getId())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    /** As two nodes running the job at the same moment: the claim in the database lets one of them send. */
    @Test
    void twoRunsAtOnceSendTheReminderOnce() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        Instant due = clock.instant().plus(Duration.ofDays(3)).plusSeconds(60);
        makeLink("behandelaar", treatment, ADDRESS, false);

        List<Integer> sent = AtOnce.run(() -> reminders.remindDue(due), () -> reminders.remindDue(due));

        assertThat(sent).containsExactlyInAnyOrder(0, 1);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(smtp.getReceivedMessages()[1].getSubject()).startsWith("Herinnering: ");
    }

    @Test
    void noReminderForALinkThatWasUsed() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        String url = issuedUrl(makeLink("behandelaar", treatment, ADDRESS, false));
        links.submit(url.substring(url.lastIndexOf('/') + 1), Map.of("PHQ9", List.of(1, 1, 1, 1, 1, 1, 1, 1, 0)));

        assertThat(reminders.remindDue(clock.instant().plus(Duration.ofDays(3)).plusSeconds(60)))
                .isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void theKeptAddressIsInTheInzageAndGoesWithTheClientsData() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        makeLink("behandelaar", treatment, ADDRESS, true);
        fixtures.as(
                "behandelaar",
                () -> assertThat(new String(
                                export.json(CurrentUser.require(), treatment.getClientId()),
                                java.nio.charset.StandardCharsets.UTF_8))
                        .contains("\"mailAddress\" : \"" + ADDRESS + "\""));

        events.publishEvent(new ClientErasure(treatment.getClientId(), List.of(treatment.getId())));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM client_mail_address WHERE client_id = ?")
                        .param(treatment.getClientId())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(linksOf(treatment)).isZero();
    }

    @Test
    void inTheBrowserTheTherapistTypesTheAddressAndTheLinkGoesOutByMail() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        String base = "http://localhost:" + port;
        try (BrowserContext context = Browser.context(1280, 900)) {
            Page page = context.newPage();
            Browser.signIn(page, base, "behandelaar");
            page.navigate(base + "/behandelingen/" + treatment.getId());
            page.locator("#mail-to-questionnaires").fill(ADDRESS);
            page.locator("#mail-to-questionnaires")
                    .screenshot(new Locator.ScreenshotOptions()
                            .setPath(Paths.get("target", "screenshots", "portal-7-mail-address.png")));
            page.locator("#mail-to-questionnaires")
                    .locator("xpath=ancestor::form")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Link maken"))
                    .click();
            page.waitForLoadState();

            assertThat(page.locator(".flash").first().textContent())
                    .contains("De link is gemaakt en per e-mail naar de cliënt gestuurd.");
            assertThat(page.content()).contains("gemaild naar j***@example.nl");
            Browser.screenshot(page, "portal-8-link-mailed");
        }
        assertThat(onlyMail().getAllRecipients()).extracting(Object::toString).containsExactly(ADDRESS);
    }

    private MvcResult makeLink(String username, Treatment treatment, String address, boolean keep) throws Exception {
        var request = post("/behandelingen/" + treatment.getId() + "/links")
                .param("instruments", "PHQ9")
                .param("mailTo", address)
                .with(csrf())
                .with(user(users.loadUserByUsername(username)));
        if (keep) {
            request.param("keepAddress", "true");
        }
        return mvc.perform(request).andReturn();
    }

    private String page(String username, Treatment treatment) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/behandelingen/" + treatment.getId()).with(user(users.loadUserByUsername(username))))
                .andReturn()
                .getResponse();
        return response.getContentAsString();
    }

    private static String issuedUrl(MvcResult result) {
        FlashMap flash = result.getFlashMap();
        return "http://localhost/c/" + ((IssuedLink) flash.get("issuedLink")).token();
    }

    private MimeMessage onlyMail() {
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        return smtp.getReceivedMessages()[0];
    }

    private int linksOf(Treatment treatment) {
        return jdbc.sql("SELECT COUNT(*) FROM client_link WHERE treatment_id = ?")
                .param(treatment.getId())
                .query(Integer.class)
                .single();
    }

    private int audited(String objectType, Treatment treatment) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE object_type = ? AND client_reference = ?")
                .params(objectType, fixtures.referenceOf(treatment))
                .query(Integer.class)
                .single();
    }

    /** The text/plain part, however deep the multipart nesting. */
    private static String plainText(Object part) throws Exception {
        if (part instanceof MimeMessage message) {
            return plainText(message.getContent());
        }
        if (part instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                if (body.isMimeType("text/plain")) {
                    text.append(body.getContent());
                } else if (body.isMimeType("multipart/*")) {
                    text.append(plainText(body.getContent()));
                }
            }
            return text.toString();
        }
        return String.valueOf(part);
    }
}
