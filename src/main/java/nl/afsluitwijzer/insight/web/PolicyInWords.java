package nl.afsluitwijzer.insight.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.afsluitwijzer.practice.Policy;

/**
 * The practice policy (afrondbeleid) as the sentences of the Norm 1 report: message keys with the settings as their
 * values, so the wording lives in the bundles and follows every change of the policy.
 */
final class PolicyInWords {

    /** One sentence: its message key and values. */
    record Sentence(String key, List<Object> values) {

        Sentence(String key, Object... values) {
            this(key, List.of(values));
        }
    }

    private PolicyInWords() {}

    static List<Sentence> of(Policy policy) {
        List<Sentence> sentences = new ArrayList<>(List.of(
                new Sentence("insight.norm1.policy.expected", policy.expectedStandard(), policy.expectedComplex()),
                midEvaluation(policy),
                new Sentence("insight.norm1.policy.measure", policy.measureEverySessions()),
                new Sentence("insight.norm1.policy.alliance", policy.lowRatingThreshold()),
                new Sentence("insight.norm1.policy.overrun", policy.overrunMargin()),
                new Sentence("insight.norm1.policy.extension"),
                new Sentence("insight.norm1.policy.plateau", policy.plateauMeasurements(), policy.plateauMinDays()),
                new Sentence("insight.norm1.policy.no-contact", policy.noContactDays()),
                new Sentence("insight.norm1.policy.long-running", policy.mdoReviewDays(), policy.colleagueReviewDays()),
                new Sentence("insight.norm1.policy.closing")));
        LocalDate since = policy.effectiveFrom();
        sentences.add(
                since.equals(Policy.defaults().effectiveFrom())
                        ? new Sentence("insight.norm1.policy.defaults")
                        : new Sentence("insight.norm1.policy.since", since));
        return sentences;
    }

    /** The evaluation point: halfway, or after N sessions when the policy names it (P for the standard E). */
    private static Sentence midEvaluation(Policy policy) {
        int point = policy.evaluationPoint(policy.expectedStandard());
        return policy.evaluateAfterSessions() == null
                ? new Sentence("insight.norm1.policy.mid", policy.expectedStandard(), point)
                : new Sentence(
                        "insight.norm1.policy.mid.after",
                        policy.expectedStandard(),
                        point,
                        policy.evaluateAfterSessions());
    }
}
