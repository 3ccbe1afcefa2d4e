package nl.afsluitwijzer.attack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that gets past validation, per endpoint of a treatment, so that an attack reaches the access check
 * and the storage: form fields for web POSTs, a JSON body for API POSTs and PUTs. Text fields hold
 * {@link #TEXT}, which the XSS and SQL injection tests replace with their payloads.
 */
final class ValidInput {

    static final String TEXT = "TEKST";
    static final String DATE = "2026-02-02";

    private ValidInput() {}

    /** Form fields per web endpoint; absent means no fields are needed. */
    static Map<String, String> form(String endpoint, Long colleagueId) {
        return switch (endpoint) {
            case "POST /behandelingen/{id}/sessies" -> Map.of("date", DATE, "kind", "TREATMENT", "attended", "true");
            case "POST /behandelingen/{id}/doelen" -> Map.of("description", TEXT, "criterion", TEXT, "date", DATE);
            case "POST /behandelingen/{id}/doelen/{goalId}/status" -> Map.of("status", "PARTLY_REACHED");
            case "POST /behandelingen/{id}/besprekingen" -> Map.of("date", DATE, "kind", "TEAM", "note", TEXT);
            case "POST /behandelingen/{id}/fase" -> Map.of("phase", "DROPPED_OUT", "date", DATE, "reason", TEXT);
            case "POST /behandelingen/{id}/delen" ->
                Map.of("colleagueId", String.valueOf(colleagueId), "shared", "true");
            case "POST /behandelingen/{id}/signalen/{code}/afhandelen" -> Map.of("choice", "OTHER", "reason", TEXT);
            case "POST /behandelingen/{id}/risicotaxatie" ->
                Map.of("assessedOn", DATE, "outcome", "NO_ACUTE_RISK", "note", TEXT);
            case "POST /behandelingen/{id}/afspraken" ->
                Map.of(
                        "expectedSessions",
                        "12",
                        "helpQuestion",
                        TEXT,
                        "scopeNote",
                        TEXT,
                        "primaryInstrument",
                        "PHQ9",
                        "closingDiscussedAtStart",
                        "true");
            case "POST /behandelingen/{id}/metingen", "POST /behandelingen/{id}/metingen/band" ->
                Map.of("instrument", "PHQ9", "date", DATE, "total", "10");
            case "POST /behandelingen/{id}/evaluaties" ->
                Map.of(
                        "date",
                        DATE,
                        "kind",
                        "INTERIM",
                        "decision",
                        "CONTINUE",
                        "note",
                        TEXT,
                        "clientView",
                        TEXT,
                        "allianceRating",
                        "7",
                        "motivationRating",
                        "7");
            case "POST /behandelingen/{id}/afronden" ->
                Map.of(
                        "learned",
                        TEXT,
                        "keepResult",
                        TEXT,
                        "contacts",
                        TEXT,
                        "relatives",
                        TEXT,
                        "ehealth",
                        TEXT,
                        "ritualNote",
                        TEXT);
            case "POST /behandelingen/{id}/afronden/afsluiten" ->
                Map.of("reason", "GOAL_REACHED", "date", DATE, "reasonText", TEXT, "missingReason", TEXT);
            case "POST /behandelingen/{id}/afronden/brieven" -> Map.of("kind", "GP");
            case "POST /behandelingen/{id}/links" -> Map.of("instruments", "PHQ9");
            default -> Map.of();
        };
    }

    /** The JSON body per API endpoint that takes one. */
    static String json(String endpoint) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("POST /api/v1/treatments", """
                {"clientReference":"%s","startDate":"%s","helpQuestion":"%s","expectedSessions":12,
                 "closingDiscussedAtStart":true,"primaryInstrument":"PHQ9",
                 "goals":[{"description":"%s","criterion":"%s"}]}""".formatted("API-" + System.nanoTime(), DATE, TEXT, TEXT, TEXT));
        bodies.put("POST /api/v1/treatments/{id}/phase", """
                {"phase":"DROPPED_OUT","date":"%s","reason":"%s"}""".formatted(DATE, TEXT));
        bodies.put("POST /api/v1/treatments/{id}/goals", """
                {"description":"%s","criterion":"%s","date":"%s"}""".formatted(TEXT, TEXT, DATE));
        bodies.put("PUT /api/v1/treatments/{id}/goals/{goalId}/status", """
                {"status":"PARTLY_REACHED"}""");
        bodies.put("POST /api/v1/treatments/{id}/sessions", """
                {"date":"%s","kind":"TREATMENT","attended":true}""".formatted(DATE));
        bodies.put("POST /api/v1/treatments/{id}/measurements", """
                {"instrument":"PHQ9","date":"%s","total":10}""".formatted(DATE));
        bodies.put("POST /api/v1/treatments/{id}/evaluations", """
                {"date":"%s","kind":"INTERIM","decision":"CONTINUE","note":"%s"}""".formatted(DATE, TEXT));
        bodies.put("POST /api/v1/treatments/{id}/discussions", """
                {"date":"%s","kind":"TEAM","note":"%s"}""".formatted(DATE, TEXT));
        return bodies.getOrDefault(endpoint, "{}");
    }
}
