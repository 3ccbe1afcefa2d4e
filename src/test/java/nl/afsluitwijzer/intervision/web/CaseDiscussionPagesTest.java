package nl.afsluitwijzer.intervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.audit.AuditQuery;
import nl.afsluitwijzer.audit.internal.AuditEntry;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** "Complexe casuïstiek" through its pages: prepare, run the steps, use the worksheet, finish, summary. */
@IntegrationTest
class CaseDiscussionPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditLog audit;

    @Test
    void aCaseIsPreparedDiscussedInFiveStepsAndSummarisedOnOnePage() throws Exception {
        String location = mvc.perform(post("/intervisie/casuistiek")
                        .with(csrf())
                        .with(as("behandelaar"))
                        .param("title", "Piekeren, 16 maanden")
                        .param("helpQuestion", "Minder piekeren over werk.")
                        .param("treatmentStartedOn", "2025-01-15")
                        .param("duration", "16 maanden, 30 gesprekken")
                        .param("triedTowardsClosing", "Frequentie verlaagd.")
                        .param("closingObstacles", "Cliënt wil graag door."))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String base = location;
        mvc.perform(get(base).with(as("behandelaar2")))
                .andExpect(content().string(containsString("Bespreking starten")))
                .andExpect(content().string(containsString("Inspiratievoorbeeld")));

        step(base, 1);
        mvc.perform(get(base).with(as("behandelaar2")))
                .andExpect(content().string(containsString("Eén lid brengt de eigen casus in.")))
                .andExpect(content().string(containsString("Minder piekeren over werk.")));
        step(base, 2);
        mvc.perform(get(base + "/timer").with(as("behandelaar2")))
                .andExpect(content().string(containsString("role=\"timer\"")));
        mvc.perform(get(base).with(as("behandelaar2")))
                .andExpect(content().string(containsString("Handelingsverlegenheid")))
                .andExpect(content().string(containsString("Secundaire ziektewinst")))
                .andExpect(content().string(containsString("Financieringsstructuren")));
        mvc.perform(post(base + "/factoren")
                        .with(csrf())
                        .with(as("behandelaar2"))
                        .param("level", "EMPLOYEE")
                        .param("content", "Overzorg"))
                .andExpect(redirectedUrl(base));
        mvc.perform(post(base + "/factoren")
                .with(csrf())
                .with(as("behandelaar2"))
                .param("level", "ORGANISATION")
                .param("content", "Geen vervolgplek binnen 3 maanden"));
        step(base, 4);
        mvc.perform(post(base + "/acties")
                .with(csrf())
                .with(as("behandelaar2"))
                .param("level", "EMPLOYEE")
                .param("content", "Afbouwschema met de cliënt maken"));
        step(base, 5);
        mvc.perform(get(base).with(as("behandelaar2")))
                .andExpect(content()
                        .string(containsString("Waar kan ik zelf scherper worden in mijn afrondingsmomenten?")));
        mvc.perform(post(base + "/inzichten")
                .with(csrf())
                .with(as("manager"))
                .param("participant", "Carla")
                .param("content", "Eerder het einde benoemen."));
        mvc.perform(post(base + "/afronden").with(csrf()).with(as("manager")))
                .andExpect(redirectedUrl(base + "/samenvatting"));

        mvc.perform(get(base + "/samenvatting").with(as("behandelaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Overzorg")))
                .andExpect(content().string(containsString("Geen vervolgplek binnen 3 maanden")))
                .andExpect(content().string(containsString("Afbouwschema met de cliënt maken")))
                .andExpect(content().string(containsString("Eerder het einde benoemen.")));
        mvc.perform(post(base + "/factoren")
                        .with(csrf())
                        .with(as("behandelaar"))
                        .param("level", "PATIENT")
                        .param("content", "te laat"))
                .andExpect(status().isConflict());

        String id = base.substring(base.lastIndexOf('/') + 1);
        List<AuditEntry> entries = audit.find(AuditQuery.all()).stream()
                .filter(entry -> "CASE_DISCUSSION".equals(entry.objectType()) && id.equals(entry.objectId()))
                .toList();
        assertThat(entries).extracting(entry -> entry.action().name()).contains("CREATE", "VIEW", "UPDATE");
    }

    @Test
    void thePreparationFormAsksForEveryPartOfTheSourceButNoClientName() throws Exception {
        String form = mvc.perform(get("/intervisie/casuistiek/nieuw").with(as("behandelaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De oorspronkelijke hulpvraag en start van de behandeling")))
                .andExpect(content().string(containsString("Wat er al is geprobeerd richting afronden")))
                .andExpect(content().string(containsString("Wat het moeilijk maakt om de behandeling af te ronden")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).doesNotContain("name=\"clientName\"", "name=\"name\"");
        mvc.perform(post("/intervisie/casuistiek")
                        .with(csrf())
                        .with(as("behandelaar"))
                        .param("title", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is verplicht")));
    }

    private void step(String base, int step) throws Exception {
        mvc.perform(post(base + "/stap")
                        .param("step", String.valueOf(step))
                        .with(csrf())
                        .with(as("behandelaar2")))
                .andExpect(redirectedUrl(base));
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
