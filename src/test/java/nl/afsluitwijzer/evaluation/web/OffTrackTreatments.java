package nl.afsluitwijzer.evaluation.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A treatment of behandelaar that is not on track: PHQ-9 15 at the first session, 27 at the third. */
final class OffTrackTreatments {

    private OffTrackTreatments() {}

    /** Far beyond the worse edge of any expected band at session 3, so NOT_ON_TRACK is open from 19-1-2026 on. */
    static Treatment notOnTrack(MockMvc mvc, TestTreatments fixtures) throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        String token = Api.bearer(mvc, "behandelaar");
        String url = "/api/v1/treatments/" + treatment.getId();
        for (String day : List.of("2026-01-05", "2026-01-12", "2026-01-19")) {
            mvc.perform(post(url + "/sessions")
                            .header("Authorization", token)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"date\":\"" + day + "\",\"kind\":\"TREATMENT\",\"attended\":true}"))
                    .andExpect(status().isCreated());
        }
        for (Map.Entry<String, Integer> score :
                Map.of("2026-01-05", 15, "2026-01-19", 27).entrySet()) {
            mvc.perform(post(url + "/measurements")
                            .header("Authorization", token)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"instrument\":\"PHQ9\",\"date\":\"%s\",\"total\":%d}"
                                    .formatted(score.getKey(), score.getValue())))
                    .andExpect(status().isCreated());
        }
        return treatment;
    }
}
