package nl.afsluitwijzer.measurement;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The consistency rules of an instrument definition; each names the field it refuses. */
final class DefinitionRules {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    private static final Pattern LOINC = Pattern.compile("[0-9]{1,7}-[0-9]");

    private DefinitionRules() {}

    static void checkCode(String code) {
        if (!CODE.matcher(code).matches()) {
            throw fail(
                    "code",
                    "'" + code + "' must be 1 to 32 capital letters, digits or underscores, starting with a letter");
        }
    }

    static void checkLoinc(@Nullable String loinc) {
        if (loinc != null && !LOINC.matcher(loinc).matches()) {
            throw fail(
                    "loinc", "'" + loinc + "' is not a LOINC code (digits, a hyphen and a check digit, like 44261-6)");
        }
    }

    static void checkItems(List<Item> items, boolean perGoal) {
        if (items.isEmpty()) {
            throw fail("items", "must hold at least one item");
        }
        for (int index = 0; index < items.size(); index++) {
            if (items.get(index).number() != index + 1) {
                throw fail(
                        "items[" + index + "]",
                        "is numbered " + items.get(index).number() + " but must be " + (index + 1));
            }
        }
        if (perGoal && items.size() != 1) {
            throw fail("items", "a per-goal instrument rates each goal with exactly one item, but has " + items.size());
        }
    }

    static void checkOptions(List<AnswerOption> options) {
        if (options.size() < 2) {
            throw fail("options", "must hold at least two answer options");
        }
        int lowest = options.get(0).value();
        for (int index = 1; index < options.size(); index++) {
            int value = options.get(index).value();
            if (value != lowest + index) {
                throw fail(
                        "options[" + index + "].value",
                        "is " + value + " but must be " + (lowest + index)
                                + ": option values go up by one from the first");
            }
        }
    }

    static void checkTotalRange(ScoringMethod scoring, int items, List<AnswerOption> options, int min, int max) {
        int lowest = scoring.lowestTotal(items, options.get(0).value());
        int highest =
                scoring.highestTotal(items, options.get(options.size() - 1).value());
        String reason = items + " items scored " + options.get(0).value() + "\u2013"
                + options.get(options.size() - 1).value() + " give totals " + lowest + "\u2013" + highest + " by "
                + scoring;
        if (min != lowest) {
            throw fail("min", "is " + min + " but " + reason);
        }
        if (max != highest) {
            throw fail("max", "is " + max + " but " + reason);
        }
    }

    /** A risk item's threshold must leave at least one answer above it and lie within the answers. */
    static void checkRiskItems(List<Item> items, List<AnswerOption> options) {
        int lowest = options.get(0).value();
        int highest = options.get(options.size() - 1).value();
        for (int index = 0; index < items.size(); index++) {
            Integer above = items.get(index).riskAbove();
            if (above != null && (above < lowest || above >= highest)) {
                throw fail(
                        "items[" + index + "].riskAbove",
                        "is " + above + " but must lie in " + lowest + "\u2013"
                                + (highest - 1) + ": an answer above it is a risk, so at least the highest answer "
                                + highest + " must lie above it");
            }
        }
    }

    static void checkCutoff(@Nullable Integer cutoff, Direction direction, int min, int max) {
        if (cutoff == null) {
            return;
        }
        // a cut-off at the best end would make every total a case
        int lowest = direction == Direction.LOWER_IS_BETTER ? min + 1 : min;
        int highest = direction == Direction.LOWER_IS_BETTER ? max : max - 1;
        if (cutoff < lowest || cutoff > highest) {
            throw fail(
                    "clinicalCutoff",
                    "is " + cutoff + " but must lie in " + lowest + "\u2013" + highest + " (the totals " + min
                            + "\u2013" + max + ", " + direction + ", and not every total a case)");
        }
    }

    static void checkReliableChange(int reliableChange, int min, int max) {
        if (reliableChange < 1) {
            throw fail("reliableChange", "must be at least 1 but is " + reliableChange);
        }
        if (reliableChange > max - min) {
            throw fail(
                    "reliableChange", "is " + reliableChange + ", more than the whole range " + min + "\u2013" + max);
        }
    }

    static InstrumentDefinitionException fail(String field, String problem) {
        return new InstrumentDefinitionException(field, problem);
    }
}
