package nl.afsluitwijzer.treatment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Locale;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.NextAppointmentAnswers;
import nl.afsluitwijzer.treatment.NextAppointmentWish;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentSessionRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The therapist records the client's answer to "Wil je nog een volgende afspraak?" with any session; the treatment
 * page lists the answers over time with who recorded them.
 */
@IntegrationTest
class NextAppointmentPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    UserDetailsService users;

    @Autowired
    NextAppointmentAnswers answers;

    @Autowired
    TreatmentSessionRepository sessions;

    @Autowired
    MessageSource messages;

    @Test
    void theAnswersOfTherapistAndClientAreShownOverTime() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        mvc.perform(asTherapist(session(treatment)
                        .param("date", "2026-01-12")
                        .param("nextAppointment", "YES")
                        .param("clientWords", "Graag <b>over twee weken</b>")))
                .andExpect(redirectedUrl("/behandelingen/" + treatment.getId()));
        mvc.perform(asTherapist(session(treatment).param("date", "2026-01-19").param("nextAppointment", "")))
                .andExpect(redirectedUrl("/behandelingen/" + treatment.getId()));
        answers.recordFromClient(treatment.getId(), NextAppointmentWish.NO, null);

        String raw = page(treatment);
        assertThat(raw).contains("Graag &lt;b&gt;over twee weken&lt;/b&gt;");
        String page = HtmlUtils.htmlUnescape(raw);
        assertThat(page)
                .contains("12-1-2026")
                .contains(text("next-appointment.by.THERAPIST"))
                .contains(text("next-appointment.by.CLIENT"))
                .contains(text("next-appointment.answer.YES"))
                .contains(text("next-appointment.answer.NO"));
        assertThat(sessions.findByTreatmentIdIn(java.util.List.of(treatment.getId())))
                .hasSize(2);
        fixtures.as(
                "behandelaar",
                () -> assertThat(answers.of(CurrentUser.require(), treatment.getId()))
                        .hasSize(2));
    }

    @Test
    void wordsWithoutAnAnswerOrAnAnswerAtAMissedSessionAreRefusedAndNothingIsSaved() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        mvc.perform(asTherapist(session(treatment).param("date", "2026-01-12").param("clientWords", "Graag")))
                .andExpect(redirectedUrl("/behandelingen/" + treatment.getId()));
        mvc.perform(asTherapist(session(treatment)
                        .param("date", "2026-01-12")
                        .param("attended", "false")
                        .param("nextAppointment", "YES")))
                .andExpect(redirectedUrl("/behandelingen/" + treatment.getId()));
        mvc.perform(asTherapist(session(treatment)
                        .param("date", "2026-01-12")
                        .param("nextAppointment", "YES")
                        .param("clientWords", "a".repeat(281))))
                .andExpect(redirectedUrl("/behandelingen/" + treatment.getId()));
        assertThat(sessions.findByTreatmentIdIn(java.util.List.of(treatment.getId())))
                .isEmpty();
        assertThat(HtmlUtils.htmlUnescape(page(treatment))).contains(text("next-appointment.none"));
    }

    private MockHttpServletRequestBuilder session(Treatment treatment) {
        return post("/behandelingen/" + treatment.getId() + "/sessies").param("kind", "TREATMENT");
    }

    private MockHttpServletRequestBuilder asTherapist(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(user(users.loadUserByUsername("behandelaar")));
    }

    private String page(Treatment treatment) throws Exception {
        return mvc.perform(asTherapist(get("/behandelingen/" + treatment.getId())))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ROOT);
    }
}
