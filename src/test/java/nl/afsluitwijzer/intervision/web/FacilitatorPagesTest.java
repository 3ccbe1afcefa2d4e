package nl.afsluitwijzer.intervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.audit.AuditQuery;
import nl.afsluitwijzer.audit.internal.AuditEntry;
import nl.afsluitwijzer.intervision.Colleagues;
import nl.afsluitwijzer.intervision.Workshops;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The facilitator's pages of "Dilemma's en kansen" and the overview, with what they log. */
@IntegrationTest
class FacilitatorPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditLog audit;

    @Autowired
    Workshops workshops;

    @Autowired
    UserAccountRepository accounts;

    @Test
    void aTherapistStartsASessionAndShowsItWithCodeAndQrCode() throws Exception {
        Long id = start("behandelaar");
        String page = mvc.perform(get("/intervisie/dilemmas/" + id).with(as("behandelaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Herkenning en verschillen")))
                .andExpect(content().string(containsString("Ja, omdat…")))
                .andExpect(content().string(containsString("16,3 %")))
                .andExpect(content().string(containsString("hx-trigger=\"every 2s\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("style=").contains("/intervisie/dilemmas/" + id + "/qr.svg");
        mvc.perform(get("/intervisie/dilemmas/" + id + "/qr.svg").with(as("behandelaar")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")))
                .andExpect(content().string(containsString("<path")));
        assertThat(lastEntry().objectType()).isEqualTo("WORKSHOP");
    }

    @Test
    void theFacilitatorMovesThroughTheStepsAndClosesToTheSummary() throws Exception {
        Long id = start("manager");
        mvc.perform(post("/intervisie/dilemmas/" + id + "/stap")
                        .param("step", "2")
                        .with(csrf())
                        .with(as("manager")))
                .andExpect(redirectedUrl("/intervisie/dilemmas/" + id));
        mvc.perform(get("/intervisie/dilemmas/" + id + "/live").with(as("manager")))
                .andExpect(content().string(containsString("Waarom is tijdig afronden lastig?")));
        mvc.perform(post("/intervisie/dilemmas/" + id + "/stap")
                        .param("step", "9")
                        .with(csrf())
                        .with(as("manager")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/intervisie/dilemmas/" + id + "/afsluiten")
                        .with(csrf())
                        .with(as("manager")))
                .andExpect(redirectedUrl("/intervisie/dilemmas/" + id + "/samenvatting"));
        mvc.perform(get("/intervisie/dilemmas/" + id).with(as("manager")))
                .andExpect(redirectedUrl("/intervisie/dilemmas/" + id + "/samenvatting"));
        mvc.perform(get("/intervisie/dilemmas/" + id + "/samenvatting").with(as("behandelaar2")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gekozen werkzame principes")))
                .andExpect(content().string(containsString("Les voor de kennisbank")));
    }

    @Test
    void theOverviewListsSessionsAndCasesOfThePractice() throws Exception {
        Long id = start("behandelaar");
        String code = workshops
                .find(Colleagues.demo(accounts, "behandelaar"), id)
                .getJoinCode()
                .spaced();
        mvc.perform(get("/intervisie").with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("Nieuwe sessie starten")))
                .andExpect(content().string(containsString("Casus voorbereiden")))
                .andExpect(content().string(containsString("Tijdig afsluiten")));
    }

    @Test
    void theKnowledgeBaseShowsTheNorm3ThemesAndTakesALesson() throws Exception {
        mvc.perform(get("/intervisie/kennisbank").with(as("behandelaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Samenwerken met de huisarts")))
                .andExpect(content().string(containsString("Hoe motiveer je cliënten om eHealth te gebruiken?")));
        mvc.perform(post("/intervisie/kennisbank/lessen")
                        .with(csrf())
                        .with(as("behandelaar"))
                        .param("theme", "TIMELY_CLOSING")
                        .param("content", "Afbouw samen met de cliënt plannen."))
                .andExpect(redirectedUrl("/intervisie/kennisbank#TIMELY_CLOSING"));
        mvc.perform(post("/intervisie/kennisbank/lessen")
                        .with(csrf())
                        .with(as("behandelaar"))
                        .param("theme", "TIMELY_CLOSING")
                        .param("content", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is verplicht")));
        mvc.perform(get("/intervisie/kennisbank").with(as("manager")))
                .andExpect(content().string(containsString("Afbouw samen met de cliënt plannen.")));
    }

    private Long start(String username) throws Exception {
        String location = mvc.perform(post("/intervisie/dilemmas").with(csrf()).with(as(username)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
    }

    private AuditEntry lastEntry() {
        return audit.find(AuditQuery.all()).get(0);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
