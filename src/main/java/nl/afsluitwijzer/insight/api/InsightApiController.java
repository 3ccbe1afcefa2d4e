package nl.afsluitwijzer.insight.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.closing.ClosingRecord;
import nl.afsluitwijzer.insight.Insights;
import nl.afsluitwijzer.insight.internal.Figure;
import nl.afsluitwijzer.insight.internal.Indicators;
import nl.afsluitwijzer.insight.internal.Period;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.shared.PageLinks;
import nl.afsluitwijzer.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * GET /api/v1/insights: the practice indicators of a period as JSON (manager only; the security chain refuses
 * therapists and administrators with 403). The answer does not grow with the practice: it carries the 50 most recent
 * incomplete closings and the first 50 ids behind each figure, with the totals; the whole lists are paged by
 * {@code /api/v1/insights/treatments} and {@code /api/v1/insights/incomplete-closings}.
 */
@RestController
class InsightApiController {

    /** How many ids per figure and incomplete closings the indicators' answer carries. */
    static final int LISTED = Indicators.LISTED_INCOMPLETE_CLOSINGS;

    private final Insights insights;

    InsightApiController(Insights insights) {
        this.insights = insights;
    }

    /**
     * The indicators with their lists cut to {@value #LISTED}.
     *
     * @param incompleteClosingsTotal how many incomplete closings the period has (the answer lists the most recent)
     * @param treatmentsBehindTotal per figure, how many treatments are behind it (the answer lists the first)
     */
    record InsightsJson(
            @JsonUnwrapped Indicators indicators,
            int incompleteClosingsTotal,
            Map<String, Integer> treatmentsBehindTotal) {}

    record FigureTreatmentsJson(
            String figure,
            List<Long> treatmentIds,
            int page,
            int size,
            long total,
            int pages,
            Map<String, String> links) {}

    record IncompleteClosingsJson(
            List<ClosingRecord> incompleteClosings,
            int page,
            int size,
            long total,
            int pages,
            Map<String, String> links) {}

    @GetMapping("/api/v1/insights")
    @Operation(
            summary = "The practice indicators of the period. incompleteClosings holds the "
                    + LISTED
                    + " most recent (incompleteClosingsTotal says how many there are), treatmentsBehind the first "
                    + LISTED
                    + " ids behind each figure (treatmentsBehindTotal per figure); page through them all with "
                    + "/api/v1/insights/incomplete-closings and /api/v1/insights/treatments.")
    InsightsJson insights(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long therapist) {
        Indicators all = indicators(from, to, therapist);
        Map<String, Integer> totals = new LinkedHashMap<>();
        all.treatmentsBehind().forEach((figure, ids) -> totals.put(figure, ids.size()));
        return new InsightsJson(
                all.withListsCutTo(LISTED), all.incompleteClosings().size(), totals);
    }

    @GetMapping("/api/v1/insights/treatments")
    @Operation(
            summary = "The ids of the treatments behind one figure of the period, a page at a time, in the figure's "
                    + "order (the order of treatmentsBehind).")
    FigureTreatmentsJson treatments(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long therapist,
            @Parameter(
                            description =
                                    "A figure's name as in treatmentsBehind: closed, within-e, … or a prefix "
                                            + "with a code, such as sessions.12, closing-reason.GOAL_REACHED, missing.GP_LETTER.")
                    @RequestParam
                    String figure,
            @Parameter(description = "The page, from 1 (default 1).") @RequestParam(required = false) Integer page,
            @Parameter(description = "Ids per page, 1 to 200 (default 50).") @RequestParam(required = false)
                    Integer size) {
        PageRequest asked = PageRequest.strict(page, size);
        if (!Figure.isKnown(figure)) {
            throw DomainException.refused("api.error.bad-choice", "figure", figure, Figure.allowed());
        }
        List<Long> ids = indicators(from, to, therapist).behind(figure);
        int pages = asked.pagesOf(ids.size());
        return new FigureTreatmentsJson(
                figure,
                pageOf(ids, asked),
                asked.page(),
                asked.size(),
                ids.size(),
                pages,
                PageLinks.of(asked.page(), pages, InsightApiController::pageHref));
    }

    @GetMapping("/api/v1/insights/incomplete-closings")
    @Operation(
            summary = "The closings of the period with checklist items missing, most recent first, a page at a time.")
    IncompleteClosingsJson incompleteClosings(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long therapist,
            @Parameter(description = "The page, from 1 (default 1).") @RequestParam(required = false) Integer page,
            @Parameter(description = "Closings per page, 1 to 200 (default 50).") @RequestParam(required = false)
                    Integer size) {
        PageRequest asked = PageRequest.strict(page, size);
        List<ClosingRecord> newestFirst =
                new ArrayList<>(indicators(from, to, therapist).incompleteClosings());
        Collections.reverse(newestFirst);
        int pages = asked.pagesOf(newestFirst.size());
        return new IncompleteClosingsJson(
                pageOf(newestFirst, asked),
                asked.page(),
                asked.size(),
                newestFirst.size(),
                pages,
                PageLinks.of(asked.page(), pages, InsightApiController::pageHref));
    }

    private Indicators indicators(LocalDate from, LocalDate to, @Nullable Long therapist) {
        return insights.export(CurrentUser.require(), new Period(from, to), therapist)
                .indicators();
    }

    private static <T> List<T> pageOf(List<T> all, PageRequest asked) {
        int first = (int) Math.min(all.size(), asked.offset());
        return all.subList(first, Math.min(all.size(), first + asked.size()));
    }

    private static String pageHref(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }
}
