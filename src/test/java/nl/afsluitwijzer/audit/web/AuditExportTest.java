package nl.afsluitwijzer.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.audit.AuditQuery;
import nl.afsluitwijzer.shared.Csv;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import org.apache.commons.csv.CSVParser;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditExportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditLog audit;

    @Autowired
    TestTreatments treatments;

    @Test
    void theExportIsCsvInWhichNoCellRunsAsAFormula() throws Exception {
        String reference = "+cmd|' /C calc'!A0-" + System.nanoTime();
        audit.recordAs(
                "=HYPERLINK(\"http://evil.example\",\"klik\")",
                "THERAPIST",
                // the treatment places the entry in the manager's practice, however many practices the database holds
                AuditEvent.of(AuditAction.VIEW, "TREATMENT", "@SUM(1+1)")
                        .forClient(
                                reference, treatments.startedBy("behandelaar").getId()));
        byte[] body = mvc.perform(get("/beheer/audit/export")
                        .param("clientReference", reference)
                        .with(user(users.loadUserByUsername("beheer"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String[] lines = new String(body, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("\uFEFFTijdstip (UTC);");
        List<String> cells =
                CSVParser.parse(lines[1], Csv.FORMAT).getRecords().get(0).toList();
        assertThat(cells).contains("'=HYPERLINK(\"http://evil.example\",\"klik\")", "'@SUM(1+1)", "'" + reference);
        for (String cell : cells) {
            assertThat(cell)
                    .as(cell)
                    .doesNotStartWith("=")
                    .doesNotStartWith("+")
                    .doesNotStartWith("@")
                    .doesNotStartWith("-");
        }
    }

    @Test
    void exportingIsLoggedAndOnlyForManagersAndAdministrators() throws Exception {
        mvc.perform(get("/beheer/audit/export").with(user(users.loadUserByUsername("behandelaar"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/beheer/audit/export").param("user", "nobody").with(user(users.loadUserByUsername("manager"))))
                .andExpect(status().isOk());
        assertThat(audit.find(new AuditQuery(null, null, "manager", null, null))
                        .get(0)
                        .action())
                .isEqualTo(AuditAction.EXPORT);
    }

    @Test
    void theVerifyButtonReportsTheChainIntact() throws Exception {
        mvc.perform(get("/beheer/audit/controle").with(user(users.loadUserByUsername("manager"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("De keten is intact")));
    }
}
