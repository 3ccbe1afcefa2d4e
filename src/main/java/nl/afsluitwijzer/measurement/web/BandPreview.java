package nl.afsluitwijzer.measurement.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.afsluitwijzer.measurement.Instrument;
import nl.afsluitwijzer.measurement.InvalidAnswersException;
import nl.afsluitwijzer.measurement.Score;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** The line under a questionnaire that shows the total and its band as soon as it can be scored. */
final class BandPreview {

    private BandPreview() {}

    static String text(Instrument instrument, MeasurementForm form, MessageSource messages, Locale locale) {
        try {
            if (form.anyAnswer()) {
                List<@Nullable Integer> answers = form.itemAnswers(instrument);
                long answered = answers.stream().filter(Objects::nonNull).count();
                if (answered < answers.size()) {
                    return messages.getMessage(
                            "measurement.entry.preview.partial", new Object[] {answered, answers.size()}, locale);
                }
                return scored(instrument.score(answers), messages, locale);
            }
            if (form.total() != null) {
                return scored(instrument.scoreTotal(form.total()), messages, locale);
            }
        } catch (InvalidAnswersException invalid) {
            return messages.getMessage(invalid.messageKey(), invalid.messageArguments(), locale);
        }
        return messages.getMessage("measurement.entry.preview.empty", null, locale);
    }

    private static String scored(Score score, MessageSource messages, Locale locale) {
        if (score.band() == null) {
            return messages.getMessage("measurement.entry.preview.total-no-band", new Object[] {score.total()}, locale);
        }
        return messages.getMessage(
                "measurement.entry.preview.total",
                new Object[] {score.total(), score.band().label().in(locale)},
                locale);
    }
}
