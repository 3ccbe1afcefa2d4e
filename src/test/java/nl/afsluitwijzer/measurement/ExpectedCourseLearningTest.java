package nl.afsluitwijzer.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.uhn.fhir.context.FhirContext;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.interop.fhir.EhrBundle;
import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.IntegrationTest;
import org.hl7.fhir.r4.model.Encounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The expected course learned from closed treatments entered through the API (as an EHR sends them, by the FHIR
 * import), and NOT_ON_TRACK on an open one
 * that stays where it started while comparable clients improved.
 */
@IntegrationTest
class ExpectedCourseLearningTest {

    private static final LocalDate START = LocalDate.of(2025, 2, 3);
    private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");
    private static final String PHQ9_TOTAL = "44261-6";

    @Autowired
    FhirContext fhir;

    @Autowired
    MockMvc mvc;

    @Autowired
    ExpectedCourses courses;

    @Autowired
    JdbcClient jdbc;

    @Test
    void learnsFromClosedTreatmentsAndFlagsAnOpenOneThatIsNotOnTrack() throws Exception {
        long last = 0;
        for (int client = 0; client < ExpectedCourse.MINIMUM_TREATMENTS; client++) {
            int baseline = 14 + client % 10;
            int noise = client % 2 == 0 ? 1 : -1;
            last = closedFromTheEhr(baseline, baseline - 3 + noise, baseline - 6 - noise);
        }
        Long practice = jdbc.sql("SELECT practice_id FROM treatment WHERE id = ?")
                .param(last)
                .query(Long.class)
                .single();

        ExpectedCourse phq9 = courses.relearn(practice).get("PHQ9");

        assertThat(phq9.learned()).isTrue();
        assertThat(phq9.treatments()).isGreaterThanOrEqualTo(ExpectedCourse.MINIMUM_TREATMENTS);
        assertThat(phq9.computedAt()).isNotNull();
        assertThat(phq9.at(20, 4).expected()).isBetween(14.0, 19.0);

        long stuck = treatment(4);
        measure(stuck, week(0), 20);
        measure(stuck, week(3), 20);
        long onCourse = treatment(4);
        measure(onCourse, week(0), 20);
        measure(onCourse, week(3), 16);

        assertThat(codes(stuck, week(3))).contains("NOT_ON_TRACK");
        assertThat(codes(onCourse, week(3))).doesNotContain("NOT_ON_TRACK");
        assertThat(codes(stuck, week(2).minusDays(1))).doesNotContain("NOT_ON_TRACK");
    }

    /**
     * A closed treatment whose six weekly sessions and three PHQ-9 totals (weeks 0, 2 and 5) came in one EHR bundle
     * through the FHIR import, then closed through the phase API: one request for what takes ten one by one.
     */
    private long closedFromTheEhr(int atStart, int atWeekTwo, int atWeekFive) throws Exception {
        String reference = "COURSE-" + System.nanoTime();
        EhrBundle bundle = new EhrBundle(reference, reference, week(0).toString());
        for (int session = 0; session < 6; session++) {
            bundle.encounter(reference + "-e" + session, week(session).toString(), Encounter.EncounterStatus.FINISHED);
        }
        int[] totals = {atStart, atWeekTwo, atWeekFive};
        int[] weeks = {0, 2, 5};
        for (int i = 0; i < totals.length; i++) {
            bundle.total(
                    reference + "-o" + i,
                    PHQ9_TOTAL,
                    week(weeks[i]).toString(),
                    totals[i],
                    "urn:uuid:encounter-" + reference + "-e" + weeks[i]);
        }
        String response = mvc.perform(post("/api/v1/fhir")
                        .header("Authorization", Api.bearer(mvc, "behandelaar"))
                        .contentType(FHIR_JSON)
                        .accept(FHIR_JSON)
                        .content(bundle.json(fhir)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String location = JsonPath.read(response, "$.entry[1].response.location");
        long id = Long.parseLong(location.substring("EpisodeOfCare/".length()));
        phase(id, "CLOSING", week(5));
        phase(id, "CLOSED", week(6));
        return id;
    }

    private long treatment(int sessions) throws Exception {
        String body = ("{\"clientReference\":\"COURSE-%s\",\"startDate\":\"" + START + "\",\"helpQuestion\":\"vraag\","
                        + "\"expectedSessions\":12,\"closingDiscussedAtStart\":true,\"primaryInstrument\":\"PHQ9\","
                        + "\"goals\":[{\"description\":\"Weer sporten\"}]}")
                .formatted(System.nanoTime());
        MvcResult created = send("/api/v1/treatments", body);
        long id = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
        for (int session = 0; session < sessions; session++) {
            send(
                    "/api/v1/treatments/" + id + "/sessions",
                    "{\"date\":\"" + week(session) + "\",\"kind\":\"TREATMENT\",\"attended\":true}");
        }
        return id;
    }

    private void measure(long id, LocalDate date, int total) throws Exception {
        send(
                "/api/v1/treatments/" + id + "/measurements",
                "{\"instrument\":\"PHQ9\",\"date\":\"" + date + "\",\"total\":" + total + "}");
    }

    private void phase(long id, String phase, LocalDate date) throws Exception {
        mvc.perform(post("/api/v1/treatments/" + id + "/phase")
                        .header("Authorization", Api.bearer(mvc, "behandelaar"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phase\":\"" + phase + "\",\"date\":\"" + date + "\"}"))
                .andExpect(status().isOk());
    }

    private List<String> codes(long id, LocalDate asOf) throws Exception {
        String json = mvc.perform(get("/api/v1/treatments/" + id + "/signals")
                        .param("asOf", asOf.toString())
                        .header("Authorization", Api.bearer(mvc, "behandelaar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(json, "$.signals[*].code");
    }

    private MvcResult send(String path, String body) throws Exception {
        return mvc.perform(post(path)
                        .header("Authorization", Api.bearer(mvc, "behandelaar"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn();
    }

    private static LocalDate week(int n) {
        return START.plusWeeks(n);
    }
}
