package nl.afsluitwijzer.treatment.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Optional;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentPagePanel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Other modules add sections to the treatment page through TreatmentPagePanel beans; their text is escaped. */
@IntegrationTest
@Import(TreatmentPagePanelTest.EscapingPanel.class)
class TreatmentPagePanelTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    UserDetailsService users;

    @Test
    void aPanelBeanIsRenderedOnTheTreatmentPageWithItsTextEscaped() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        mvc.perform(get("/behandelingen/" + treatment.getId()).with(user(users.loadUserByUsername("behandelaar"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"card test-panel\"")))
                .andExpect(content().string(containsString("&lt;b&gt;panel for " + treatment.getId())));
    }

    @TestConfiguration
    static class EscapingPanel {
        @Bean
        TreatmentPagePanel testPanel() {
            return new TreatmentPagePanel() {
                public int order() {
                    return 0;
                }

                public Column column() {
                    return Column.MAIN;
                }

                public Optional<Fragment> render(TreatmentFile file) {
                    return Optional.of(
                            new Fragment("test/panel", "panel", Map.of("text", "<b>panel for " + file.id())));
                }
            };
        }
    }
}
