package nl.afsluitwijzer.closing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.audit.AuditQuery;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.PdfPages;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The letter to a waiting client: the position among every waiting referral of the practice (also those of other
 * therapists), the date of registration, what to do when complaints get worse; only for staff who may see the
 * referral, only while it waits for an intake, and logged as PRINT for the client.
 */
@IntegrationTest
class WaitingLetterTest {

    private static final Pattern POSITION = Pattern.compile("Je staat nu op plaats (\\d+) van onze wachtlijst");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    AuditLog audit;

    @Test
    void theLetterTellsThePlaceAmongAllWaitingReferralsOfThePracticeAndWhatToDoMeanwhile() throws Exception {
        LocalDate registered = PracticeDay.today().minusWeeks(5);
        Treatment colleagues = fixtures.referredBy("behandelaar2", registered);
        Treatment own = fixtures.referredBy("behandelaar", registered);
        Treatment later = fixtures.referredBy("behandelaar", registered.plusDays(1));

        String text = textOf(own, "behandelaar");
        assertThat(text)
                .contains(
                        "Beste Noor Verwezen,",
                        "Praktijk De Wissel",
                        "ben je bij ons aangemeld",
                        "nemen wij contact met je op",
                        "huisarts",
                        "113",
                        "0800-0113",
                        "112");
        int position = position(text);
        assertThat(position(textOf(colleagues, "behandelaar2")))
                .as("registered the same day, earlier")
                .isEqualTo(position - 1);
        assertThat(position(textOf(later, "manager")))
                .as("registered a day later")
                .isGreaterThan(position);

        assertThat(audit.find(AuditQuery.all()))
                .anyMatch(e -> "WAITING_LETTER".equals(e.objectType())
                        && "PRINT".equals(e.action().name())
                        && own.getId().equals(e.treatmentId())
                        && fixtures.referenceOf(own).equals(e.clientReference()));
    }

    @Test
    void onlyStaffWhoMaySeeTheReferralGetTheLetterAndOnlyWhileItWaits() throws Exception {
        Treatment referral =
                fixtures.referredBy("behandelaar", PracticeDay.today().minusWeeks(1));
        String path = "/behandelingen/" + referral.getId() + "/wachtlijstbrief.pdf";
        mvc.perform(get(path).with(as("behandelaar2"))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(as("beheer"))).andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        mvc.perform(get(path).with(as("manager"))).andExpect(status().isOk());

        Treatment started = fixtures.startedBy("behandelaar");
        mvc.perform(get("/behandelingen/" + started.getId() + "/wachtlijstbrief.pdf")
                        .with(as("behandelaar")))
                .andExpect(status().isConflict());
    }

    private String textOf(Treatment treatment, String username) throws Exception {
        byte[] pdf = mvc.perform(get("/behandelingen/" + treatment.getId() + "/wachtlijstbrief.pdf")
                        .with(as(username)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        PdfPages.save("waiting-letter", pdf);
        return PdfPages.text(pdf).replaceAll("\\s+", " ");
    }

    private static int position(String text) {
        Matcher matcher = POSITION.matcher(text);
        assertThat(matcher.find()).as("position in: %s", text).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
