package nl.afsluitwijzer.closing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.afsluitwijzer.closing.internal.Placeholder;
import nl.afsluitwijzer.measurement.DatedScore;
import nl.afsluitwijzer.treatment.Client;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.ReferralDetails;
import nl.afsluitwijzer.treatment.Screening;
import nl.afsluitwijzer.treatment.ScreeningReason;
import nl.afsluitwijzer.treatment.Treatment;
import org.jspecify.annotations.Nullable;

/**
 * The values a letter template sees: texts, yes/no, and lists of texts, grouped as letter, practice, therapist,
 * client, gp, treatment, plan, outcome, closing, handover, ending and referral — the {@link Placeholder}s. Dates are written
 * out in Dutch. Nothing else.
 */
final class LetterValues {

    static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    private LetterValues() {}

    /**
     * The values; labels resolves a message key in Dutch. In the letter to the client, a client without a name of
     * their own is addressed with the bundle's word for the client, never by the reference.
     */
    static Map<String, Object> of(LetterKind kind, LetterFacts facts, Function<String, String> labels) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("letter", map("date", date(facts.date())));
        values.put("practice", map("name", facts.practiceName(), "letterhead", lines(facts.letterhead())));
        values.put("therapist", map("name", facts.therapistName()));
        Client client = facts.file().client();
        values.put(
                "client",
                map(
                        "name",
                        clientName(kind, client, labels),
                        "reference",
                        text(client.getReference()),
                        "birthYear",
                        text(client.getBirthYear())));
        values.put("gp", map("name", text(client.getGpName()), "practice", text(client.getGpPractice())));
        values.put("treatment", treatment(facts, labels));
        values.put("plan", plan(facts.plan(), labels));
        values.put("outcome", outcome(facts, labels));
        values.put("closing", closing(facts.plan(), labels));
        values.put("handover", handover(facts.plan().handover()));
        Phase ending = ending(facts.plan(), facts.file().treatment());
        values.put(
                "ending",
                map(
                        "closed",
                        ending == Phase.CLOSED,
                        "transferred",
                        ending == Phase.TRANSFERRED,
                        "droppedOut",
                        ending == Phase.DROPPED_OUT));
        values.put("referral", referral(facts.file().treatment(), labels));
        return values;
    }

    /** The client's name as a letter of this kind writes it: neutral in the letter to a client without a name. */
    static String clientName(LetterKind kind, Client client, Function<String, String> labels) {
        return kind == LetterKind.CLIENT && !client.hasName()
                ? labels.apply("closing.letter.client.neutral-name")
                : client.getDisplayName();
    }

    /**
     * How the treatment ends, so a letter prints only what applies: the closing reason once closed through the
     * checklist; else the phase it ended in; else a transfer when a hand-over was recorded; else a regular closing.
     */
    static Phase ending(ClosingPlan plan, Treatment treatment) {
        if (plan.getClosingReason() != null) {
            return plan.getClosingReason().targetPhase();
        }
        Phase phase = treatment.getPhase();
        if (phase == Phase.TRANSFERRED || phase == Phase.DROPPED_OUT) {
            return phase;
        }
        return plan.handover().recorded() ? Phase.TRANSFERRED : Phase.CLOSED;
    }

    /** The referral and its screening, for the GP feedback letter. */
    private static Map<String, Object> referral(Treatment treatment, Function<String, String> labels) {
        ReferralDetails details = treatment.referral();
        Screening screening = treatment.screening().orElse(null);
        List<String> reasons = screening == null
                ? List.of()
                : screening.reasons().stream()
                        .map(r -> r == ScreeningReason.OTHER && screening.screeningOtherReason() != null
                                ? screening.screeningOtherReason()
                                : labels.apply("screening.reason." + r))
                        .toList();
        return map(
                "registered",
                date(treatment.getRegistrationDate()),
                "referrer",
                details.referrerKind() == null ? null : labels.apply("referrer." + details.referrerKind()),
                "referrerName",
                text(details.referrerName()),
                "screened",
                screening == null ? null : date(screening.screenedOn()),
                "reasons",
                reasons,
                "hasReasons",
                !reasons.isEmpty(),
                "tooComplex",
                screening != null && screening.reasons().contains(ScreeningReason.TOO_COMPLEX),
                "specialistCare",
                screening != null && screening.reasons().contains(ScreeningReason.NEEDS_SPECIALIST_CARE));
    }

    private static Map<String, Object> treatment(LetterFacts facts, Function<String, String> labels) {
        Treatment treatment = facts.file().treatment();
        List<Map<String, Object>> goals = facts.file().goals().stream()
                .map(g ->
                        map("description", g.getDescription(), "status", labels.apply("goal.status." + g.getStatus())))
                .toList();
        return map(
                "helpQuestion",
                text(treatment.getHelpQuestion()),
                "start",
                date(treatment.getStartDate()),
                "end",
                date(treatment.getEndDate()),
                "sessions",
                String.valueOf(facts.file().attendedSessions(facts.date())),
                "expected",
                text(treatment.expectedSessions().orElse(null)),
                "goals",
                goals,
                "hasGoals",
                !goals.isEmpty());
    }

    private static Map<String, Object> plan(ClosingPlan plan, Function<String, String> labels) {
        List<String> support = plan.support().stream()
                .sorted()
                .map(s -> labels.apply("closing.support." + s))
                .toList();
        return map(
                "learned",
                text(plan.getLearned()),
                "keepResult",
                text(plan.getKeepResult()),
                "contacts",
                text(plan.getContacts()),
                "relatives",
                text(plan.getRelatives()),
                "ehealth",
                text(plan.getEhealth()),
                "support",
                support,
                "supportText",
                support.isEmpty() ? null : String.join(", ", support),
                "hasSupport",
                !support.isEmpty(),
                "hasAgreements",
                plan.getKeepResult() != null
                        || plan.getContacts() != null
                        || plan.getRelatives() != null
                        || plan.getEhealth() != null
                        || !support.isEmpty(),
                "hasFadingOut",
                !plan.fadingOutDates().isEmpty(),
                "returnGuarantee",
                plan.isReturnGuaranteeDiscussed(),
                "ritual",
                plan.getRitual() == null ? null : labels.apply("closing.ritual." + plan.getRitual()),
                "fadingOut",
                plan.fadingOutDates().stream().map(LetterValues::date).toList());
    }

    private static Map<String, Object> outcome(LetterFacts facts, Function<String, String> labels) {
        List<DatedScore> scores = facts.scores();
        if (facts.instrument() == null) {
            return map("instrument", null, "baseline", null, "latest", null, "classification", null, "chart", false);
        }
        String classification = scores.size() < 2
                ? null
                : labels.apply(facts.instrument()
                        .thresholds()
                        .classify(
                                scores.get(0).total(),
                                scores.get(scores.size() - 1).total())
                        .messageKey());
        return map(
                "instrument",
                facts.instrument().name().in(DUTCH),
                "baseline",
                scores.isEmpty() ? null : score(scores.get(0)),
                "latest",
                scores.size() < 2 ? null : score(scores.get(scores.size() - 1)),
                "classification",
                classification,
                "chart",
                true);
    }

    private static Map<String, Object> closing(ClosingPlan plan, Function<String, String> labels) {
        ClosingReason reason = plan.getClosingReason();
        String label = reason == null
                ? null
                : reason == ClosingReason.OTHER && plan.getClosingReasonText() != null
                        ? plan.getClosingReasonText()
                        : labels.apply("closing.reason." + reason);
        return map("reason", label, "date", date(plan.getClosedOn()), "started", date(plan.getStartedOn()));
    }

    private static Map<String, Object> handover(Handover handover) {
        return map(
                "to",
                text(handover.to()),
                "organisation",
                text(handover.organisation()),
                "jointConversation",
                handover.jointConversation(),
                "written",
                handover.written(),
                "oral",
                handover.oral(),
                "reason",
                text(handover.reason()),
                "tried",
                text(handover.tried()),
                "risks",
                text(handover.risks()),
                "agreed",
                text(handover.agreed()));
    }

    private static String score(DatedScore score) {
        return score.total() + " (" + date(score.date()) + ")";
    }

    /** Empty values are null, so {{#plan.learned}}…{{/plan.learned}} shows only when filled in. */
    static @Nullable String date(@Nullable LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static Map<String, Object> map(@Nullable Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
