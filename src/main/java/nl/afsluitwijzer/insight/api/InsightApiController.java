package nl.afsluitwijzer.insight.api;

import java.time.LocalDate;
import nl.afsluitwijzer.insight.Indicators;
import nl.afsluitwijzer.insight.Insights;
import nl.afsluitwijzer.insight.Period;
import nl.afsluitwijzer.practice.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/v1/insights: the practice indicators of a period as JSON, with the ids of the treatments behind each
 * figure (manager only; the security chain refuses therapists and administrators with 403).
 */
@RestController
class InsightApiController {

    private final Insights insights;

    InsightApiController(Insights insights) {
        this.insights = insights;
    }

    @GetMapping("/api/v1/insights")
    Indicators insights(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long therapist) {
        return insights.export(CurrentUser.require(), new Period(from, to), therapist)
                .indicators();
    }
}
