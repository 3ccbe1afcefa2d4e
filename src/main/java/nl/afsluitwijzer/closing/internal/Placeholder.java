package nl.afsluitwijzer.closing.internal;

import java.util.List;
import java.util.Optional;

/**
 * One value a letter template may ask for, written {@code {{name}}}. The set is fixed: the template language has
 * no expressions, so anything else in braces stays text. Explained in the bundle as closing.variable.<name>.
 */
public record Placeholder(String name, Kind kind) {

    /** What a placeholder gives, and so how it may be used. */
    public enum Kind {
        /** A text, or nothing: {{x}} writes it, {{#x}}…{{/x}} only when there is one, {{^x}}…{{/x}} when not. */
        TEXT,
        /** Yes or no: only as a condition, {{#x}}…{{/x}} and {{^x}}…{{/x}}. */
        YES_NO,
        /** A list of texts: {{#x}}- {{.}}{{/x}} writes one line per item. */
        LIST,
        /** The goals: {{#x}}- {{description}} — {{status}}{{/x}}. */
        GOALS,
        /** The progress chart: {{x}} on a line of its own places it, when there are measurements. */
        CHART
    }

    /** Inside a goals section: the goal's own texts. */
    public static final List<String> GOAL_FIELDS = List.of("description", "status");

    public static final List<Placeholder> ALL = List.of(
            text("letter.date"),
            text("practice.name"),
            list("practice.letterhead"),
            text("therapist.name"),
            text("client.name"),
            text("client.reference"),
            text("client.birthYear"),
            text("gp.name"),
            text("gp.practice"),
            text("treatment.helpQuestion"),
            text("treatment.start"),
            text("treatment.end"),
            text("treatment.sessions"),
            text("treatment.expected"),
            new Placeholder("treatment.goals", Kind.GOALS),
            yesNo("treatment.hasGoals"),
            text("plan.learned"),
            text("plan.keepResult"),
            text("plan.contacts"),
            text("plan.relatives"),
            text("plan.ehealth"),
            list("plan.support"),
            text("plan.supportText"),
            yesNo("plan.hasSupport"),
            yesNo("plan.hasAgreements"),
            yesNo("plan.returnGuarantee"),
            text("plan.ritual"),
            list("plan.fadingOut"),
            yesNo("plan.hasFadingOut"),
            text("outcome.instrument"),
            text("outcome.baseline"),
            text("outcome.latest"),
            text("outcome.classification"),
            new Placeholder("outcome.chart", Kind.CHART),
            text("closing.reason"),
            text("closing.date"),
            text("closing.started"),
            text("handover.to"),
            text("handover.organisation"),
            yesNo("handover.jointConversation"),
            yesNo("handover.written"),
            yesNo("handover.oral"),
            text("handover.reason"),
            text("handover.tried"),
            text("handover.risks"),
            text("handover.agreed"),
            yesNo("ending.closed"),
            yesNo("ending.transferred"),
            yesNo("ending.droppedOut"),
            text("referral.registered"),
            text("referral.referrer"),
            text("referral.referrerName"),
            text("referral.screened"),
            list("referral.reasons"),
            yesNo("referral.hasReasons"),
            yesNo("referral.tooComplex"),
            yesNo("referral.specialistCare"));

    public static Optional<Placeholder> named(String name) {
        return ALL.stream().filter(p -> p.name.equals(name)).findFirst();
    }

    /** What the editor inserts at the cursor for this placeholder. */
    public String snippet() {
        return switch (kind) {
            case TEXT, CHART -> "{{" + name + "}}";
            case YES_NO -> "{{#" + name + "}}…{{/" + name + "}}";
            case LIST -> "{{#" + name + "}}\n- {{.}}\n{{/" + name + "}}\n";
            case GOALS -> "{{#" + name + "}}\n- {{description}} — {{status}}\n{{/" + name + "}}\n";
        };
    }

    public String messageKey() {
        return "closing.variable." + name;
    }

    /** Whether {{name}} may write it (yes/no and lists only open sections). */
    public boolean writable() {
        return kind == Kind.TEXT || kind == Kind.CHART;
    }

    private static Placeholder text(String name) {
        return new Placeholder(name, Kind.TEXT);
    }

    private static Placeholder yesNo(String name) {
        return new Placeholder(name, Kind.YES_NO);
    }

    private static Placeholder list(String name) {
        return new Placeholder(name, Kind.LIST);
    }
}
