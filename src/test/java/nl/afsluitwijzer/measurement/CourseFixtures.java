package nl.afsluitwijzer.measurement;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.uhn.fhir.context.FhirContext;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.interop.fhir.EhrBundle;
import nl.afsluitwijzer.support.Api;
import org.hl7.fhir.r4.model.Encounter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Treatments for the expected-course tests, entered through the API as the demo therapist: closed ones to learn
 * from (as an EHR sends them, one FHIR bundle each) and open ones to judge. Weeks count from {@link #START}.
 */
public final class CourseFixtures {

    public static final LocalDate START = LocalDate.of(2025, 2, 3);
    private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");
    private static final String PHQ9_TOTAL = "44261-6";
    private static final String THERAPIST = "behandelaar";

    private final MockMvc mvc;
    private final FhirContext fhir;
    private final JdbcClient jdbc;

    public CourseFixtures(MockMvc mvc, FhirContext fhir, JdbcClient jdbc) {
        this.mvc = mvc;
        this.fhir = fhir;
        this.jdbc = jdbc;
    }

    public static LocalDate week(int n) {
        return START.plusWeeks(n);
    }

    /**
     * As many closed treatments as a course needs to be learned: PHQ-9 baselines 14–23, about 3 points better at
     * week 2 and 6 at week 5, except every tenth client given by {@code unchanged}, who ends where they started.
     *
     * @return the practice they belong to (the demo therapist's)
     */
    public Long closedPractice(boolean everyTenthUnchanged) throws Exception {
        long last = 0;
        for (int client = 0; client < ExpectedCourse.MINIMUM_TREATMENTS; client++) {
            int baseline = 14 + client % 10;
            int noise = client % 2 == 0 ? 1 : -1;
            int end = everyTenthUnchanged && client % 10 == 0 ? baseline : baseline - 6 - noise;
            last = closedFromTheEhr(baseline, baseline - 3 + noise, end);
        }
        return jdbc.sql("SELECT practice_id FROM treatment WHERE id = ?")
                .param(last)
                .query(Long.class)
                .single();
    }

    /**
     * A closed treatment whose six weekly sessions and three PHQ-9 totals (weeks 0, 2 and 5) came in one EHR bundle
     * through the FHIR import, then closed through the phase API: one request for what takes ten one by one.
     */
    public long closedFromTheEhr(int atStart, int atWeekTwo, int atWeekFive) throws Exception {
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
                        .header("Authorization", Api.bearer(mvc, THERAPIST))
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

    /** An open treatment with PHQ-9 as its primary instrument and {@code sessions} weekly attended sessions. */
    public long open(int sessions) throws Exception {
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

    public void measure(long id, LocalDate date, int total) throws Exception {
        send(
                "/api/v1/treatments/" + id + "/measurements",
                "{\"instrument\":\"PHQ9\",\"date\":\"" + date + "\",\"total\":" + total + "}");
    }

    public void phase(long id, String phase, LocalDate date) throws Exception {
        mvc.perform(post("/api/v1/treatments/" + id + "/phase")
                        .header("Authorization", Api.bearer(mvc, THERAPIST))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phase\":\"" + phase + "\",\"date\":\"" + date + "\"}"))
                .andExpect(status().isOk());
    }

    /** The codes of the treatment's open signals on {@code asOf}, through the API. */
    public List<String> signalCodes(long id, LocalDate asOf) throws Exception {
        String json = mvc.perform(get("/api/v1/treatments/" + id + "/signals")
                        .param("asOf", asOf.toString())
                        .header("Authorization", Api.bearer(mvc, THERAPIST)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(json, "$.signals[*].code");
    }

    private MvcResult send(String path, String body) throws Exception {
        return mvc.perform(post(path)
                        .header("Authorization", Api.bearer(mvc, THERAPIST))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn();
    }
}
