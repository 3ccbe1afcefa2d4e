package nl.afsluitwijzer.measurement.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.afsluitwijzer.measurement.Instrument;
import nl.afsluitwijzer.measurement.MeasurementRefused;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The messages next to the fields of the entry page, keyed by where they are shown: {@code date}, {@code total},
 * {@code answers} (above the questions), {@code item<n>}, {@code goals} and {@code goal<id>}.
 */
final class FormErrors {

    private static final Pattern ANSWER = Pattern.compile("answers\\[(\\d{1,3})]");
    private static final Pattern GOAL = Pattern.compile("goals\\[(\\d{1,18})]");

    private FormErrors() {}

    /** Values that could not be read, and — when any question was answered — every question left open. */
    static Map<String, String> of(
            BindingResult binding, Instrument instrument, MeasurementForm form, Locale locale, EntryPage page) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(key(error.getField()), page.text("measurement.entry.invalid-value", locale));
        }
        if (!instrument.perGoal() && form.anyAnswer()) {
            for (int item = 1; item <= instrument.items().size(); item++) {
                if (form.answer(item) == null) {
                    errors.putIfAbsent(
                            "item" + item,
                            page.text("measurement.invalid.unanswered", locale, instrument.code(), item));
                }
            }
        }
        return errors;
    }

    /** Where the service's refusal is shown. */
    static String fieldOf(MeasurementRefused refused) {
        return switch (refused.field()) {
            case "answers" -> refused.item() == null ? "answers" : "item" + refused.item();
            case "goalId" -> "goals";
            default -> refused.field();
        };
    }

    /** {@code answers[3]} is item 4, {@code goals[12]} goal 12; other fields keep their name. */
    static String key(String field) {
        Matcher answer = ANSWER.matcher(field);
        if (answer.matches()) {
            return "item" + (Integer.parseInt(answer.group(1)) + 1);
        }
        Matcher goal = GOAL.matcher(field);
        return goal.matches() ? "goal" + goal.group(1) : field.replaceAll("\\[.*", "");
    }
}
