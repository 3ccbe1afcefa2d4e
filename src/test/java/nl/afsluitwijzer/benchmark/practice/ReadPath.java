package nl.afsluitwijzer.benchmark.practice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A read path measured by the benchmark: who asks, the request, the status it should answer, and its floor: one
 * plain SQL query that reads the same rows (the treatments the path shows, with their client and every session,
 * measurement, evaluation, goal, goal score, phase change and E their signals read; for a period the treatments in
 * it with the counts its figures need), which is what no implementation can go below.
 */
record ReadPath(
        String name,
        Who who,
        Request request,
        int expectedStatus,
        String floorSql,
        List<Object> floorParams,
        Request result) {

    ReadPath(String name, Who who, Request request, int expectedStatus, String floorSql, List<Object> floorParams) {
        this(name, who, request, expectedStatus, floorSql, floorParams, null);
    }

    enum Who {
        THERAPIST,
        MANAGER
    }

    /** One request of the path by the user. */
    @FunctionalInterface
    interface Request {
        BenchmarkUser.Answer send(BenchmarkUser user) throws Exception;
    }

    private static final String OPEN = "('REFERRED', 'INTAKE', 'TREATMENT', 'CLOSING')";
    private static final String WAITING = "('REFERRED', 'INTAKE')";

    /** Treatments with their client and the counts of what the signals read of them. */
    private static final String TREATMENTS_WITH_HISTORY = """
            SELECT t.id, t.phase, t.registration_date, t.start_date, t.end_date, t.complex, c.reference,
                   c.display_name,
                   (SELECT COUNT(*) FROM treatment_session s WHERE s.treatment_id = t.id AND s.attended
                        AND s.kind IN ('TREATMENT', 'EVALUATION', 'CLOSING')) AS sessions,
                   (SELECT COUNT(*) FROM measurement m WHERE m.treatment_id = t.id) AS measurements,
                   (SELECT COUNT(*) FROM evaluation e WHERE e.treatment_id = t.id) AS evaluations,
                   (SELECT MAX(x.sessions) FROM expected_sessions x WHERE x.treatment_id = t.id) AS expected
            FROM treatment t JOIN client c ON c.id = t.client_id
            """;

    /**
     * Treatments with their client and every row the signals read of them, each kind aggregated to JSON so that one
     * plain query returns them (PostgreSQL; on H2 the counts above stand in).
     */
    private static final String TREATMENTS_WITH_ROWS = """
            SELECT t.*, c.reference, c.display_name, c.birth_year,
                   (SELECT json_agg(p) FROM phase_change p WHERE p.treatment_id = t.id) AS phases,
                   (SELECT json_agg(x) FROM expected_sessions x WHERE x.treatment_id = t.id) AS expected,
                   (SELECT json_agg(g) FROM goal g WHERE g.treatment_id = t.id) AS goals,
                   (SELECT json_agg(s) FROM treatment_session s WHERE s.treatment_id = t.id) AS sessions,
                   (SELECT json_agg(m) FROM measurement m WHERE m.treatment_id = t.id) AS measurements,
                   (SELECT json_agg(e) FROM evaluation e WHERE e.treatment_id = t.id) AS evaluations,
                   (SELECT json_agg(gs) FROM evaluation e JOIN goal_score gs ON gs.evaluation_id = e.id
                        WHERE e.treatment_id = t.id) AS goal_scores
            FROM treatment t JOIN client c ON c.id = t.client_id
            """;

    /** The paths of the paged lists: the first page of 50 (a larger practice only adds pages). */
    static final String CASELOAD_PAGE = "/caseload?page=1";

    static final String CASELOAD_API = "/api/v1/caseload?page=1&size=50";
    static final String WAITING_PAGE = "/wachtlijst?page=1&startPage=1";
    static final String AUDIT_PAGE = "/beheer/audit?page=1";
    static final String AUDIT_API = "/api/v1/audit?page=1&size=50";

    /** A page of the audit log: the newest 50 entries of the practice. */
    private static final String AUDIT_ROWS = """
            SELECT id, at, username, role, action, object_type, object_id, client_reference, treatment_id,
                   on_behalf_of, remote_address, outcome FROM audit_entry WHERE practice_id = ?
            ORDER BY at DESC, id DESC LIMIT 50""";

    private static final Pattern REPORT = Pattern.compile("href=\"/inzicht/norm1/(\\d+)\"");

    /** The newest kept Norm 1 report (the highest id listed), downloaded: the PDF the last POST made. */
    private static BenchmarkUser.Answer newestNorm1Report(BenchmarkUser user) throws Exception {
        Matcher report = REPORT.matcher(user.page("/inzicht/norm1").body());
        long newest = -1;
        while (report.find()) {
            newest = Math.max(newest, Long.parseLong(report.group(1)));
        }
        if (newest < 0) {
            throw new IllegalStateException("no Norm 1 report listed");
        }
        return user.page("/inzicht/norm1/" + newest);
    }

    static List<ReadPath> all(BenchmarkCredentials credentials, LocalDate today, boolean postgres) {
        String treatmentRows = postgres ? TREATMENTS_WITH_ROWS : TREATMENTS_WITH_HISTORY;
        LocalDate from = today.minusYears(1).plusDays(1);
        Long therapist = credentials.therapist().id();
        Long practice = credentials.practiceId();
        String year = "from=" + from + "&to=" + today;
        String period = TREATMENTS_WITH_HISTORY + """
                WHERE t.practice_id = ? AND t.registration_date <= ? AND (t.end_date IS NULL OR t.end_date >= ?)
                """;
        List<Object> periodParams = List.of(practice, today, from);
        String therapistOpen = treatmentRows + " WHERE t.therapist_id = ? AND t.phase IN " + OPEN + " ORDER BY t.id";
        return List.of(
                new ReadPath(
                        "therapist caseload API",
                        Who.THERAPIST,
                        user -> user.api("/api/v1/caseload"),
                        200,
                        therapistOpen + " LIMIT 50",
                        List.of(therapist)),
                // the therapist's own caseload page: all their open treatments on one page (it does not grow with
                // the practice), beside which the manager's page of 50 can be set, page against page
                new ReadPath(
                        "therapist caseload page",
                        Who.THERAPIST,
                        user -> user.page("/caseload"),
                        200,
                        therapistOpen,
                        List.of(therapist)),
                new ReadPath(
                        "therapist waiting list page",
                        Who.THERAPIST,
                        user -> user.page("/wachtlijst"),
                        200,
                        treatmentRows + " WHERE t.therapist_id = ? AND t.phase IN " + WAITING
                                + " ORDER BY t.registration_date, t.id",
                        List.of(therapist)),
                new ReadPath(
                        "manager caseload API",
                        Who.MANAGER,
                        user -> user.api(CASELOAD_API),
                        200,
                        treatmentRows + " WHERE t.practice_id = ? AND t.phase IN " + OPEN + " ORDER BY t.id LIMIT 50",
                        List.of(practice)),
                new ReadPath(
                        "manager caseload page",
                        Who.MANAGER,
                        user -> user.page(CASELOAD_PAGE),
                        200,
                        treatmentRows + " WHERE t.practice_id = ? AND t.phase IN " + OPEN + " ORDER BY t.id LIMIT 50",
                        List.of(practice)),
                new ReadPath(
                        "manager audit log page",
                        Who.MANAGER,
                        user -> user.page(AUDIT_PAGE),
                        200,
                        AUDIT_ROWS,
                        List.of(practice)),
                new ReadPath(
                        "manager audit log API",
                        Who.MANAGER,
                        user -> user.api(AUDIT_API),
                        200,
                        AUDIT_ROWS,
                        List.of(practice)),
                new ReadPath(
                        "manager waiting list page",
                        Who.MANAGER,
                        user -> user.page(WAITING_PAGE),
                        200,
                        treatmentRows + " WHERE t.practice_id = ? AND t.phase IN " + WAITING
                                + " ORDER BY t.registration_date, t.id LIMIT 50",
                        List.of(practice)),
                new ReadPath(
                        "insights API, one year",
                        Who.MANAGER,
                        user -> user.api("/api/v1/insights?" + year),
                        200,
                        period,
                        periodParams),
                new ReadPath(
                        "indicators page, one year",
                        Who.MANAGER,
                        user -> user.page("/inzicht/indicatoren?" + year),
                        200,
                        period,
                        periodParams),
                new ReadPath(
                        "Norm 1 report PDF, one year",
                        Who.MANAGER,
                        user -> user.post(
                                "/inzicht/norm1",
                                Map.of(
                                        "from",
                                        from.toString(),
                                        "to",
                                        today.toString(),
                                        "narrative",
                                        "Generated practice: how it works on timely closing.",
                                        "_csrf",
                                        user.csrfOf("/inzicht/norm1"))),
                        302,
                        period,
                        periodParams,
                        ReadPath::newestNorm1Report),
                new ReadPath(
                        "trivial endpoint (404)",
                        Who.THERAPIST,
                        user -> user.api("/api/v1/nope"),
                        404,
                        "SELECT 1",
                        List.of()));
    }
}
