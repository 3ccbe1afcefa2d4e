package nl.afsluitwijzer.measurement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import nl.afsluitwijzer.treatment.Treatment;
import org.jspecify.annotations.Nullable;

/**
 * Checks a new measurement against its treatment and scores it, or refuses it naming the field: a known
 * instrument, a date from the start of the treatment (before the start: from its registration) up to today, a
 * goal of this treatment for a per-goal instrument and none for another, and item answers or a total.
 */
final class MeasurementCheck {

    private final InstrumentCatalog instruments;

    MeasurementCheck(InstrumentCatalog instruments) {
        this.instruments = instruments;
    }

    // The treatment is a stored one in use; unit tests score against an unsaved one (null id), so no check here.
    @SuppressWarnings("NullAway")
    MeasurementRecord scored(
            Treatment treatment,
            Collection<Long> goalIds,
            NewMeasurement m,
            LocalDate today,
            MeasurementSource source,
            @Nullable Long recordedBy,
            Instant now) {
        Instrument instrument = instrument(m.instrument());
        LocalDate date = date(treatment, m.date(), today);
        Long goalId = goal(instrument, goalIds, m.goalId());
        Score score = score(instrument, m);
        return new MeasurementRecord(
                null,
                treatment.getId(),
                instrument.code(),
                date,
                score.total(),
                score.band() == null ? null : score.band().code(),
                m.answers() == null ? List.of() : m.answers(),
                goalId,
                source,
                recordedBy,
                now);
    }

    private Instrument instrument(@Nullable String code) {
        if (code == null || code.isBlank()) {
            throw new MeasurementRefused("instrument", null, "measurement.instrument.required");
        }
        return instruments
                .find(code.strip())
                .orElseThrow(() ->
                        new MeasurementRefused("instrument", null, "measurement.instrument.unknown", code.strip()));
    }

    private static LocalDate date(Treatment treatment, @Nullable LocalDate date, LocalDate today) {
        if (date == null) {
            throw new MeasurementRefused("date", null, "measurement.date.required");
        }
        if (date.isAfter(today)) {
            throw new MeasurementRefused("date", null, "measurement.date.future", today);
        }
        LocalDate start = treatment.getStartDate();
        if (start != null && date.isBefore(start)) {
            throw new MeasurementRefused("date", null, "measurement.date.before-start", start);
        }
        if (start == null && date.isBefore(treatment.getRegistrationDate())) {
            throw new MeasurementRefused(
                    "date", null, "measurement.date.before-registration", treatment.getRegistrationDate());
        }
        return date;
    }

    private static @Nullable Long goal(Instrument instrument, Collection<Long> goalIds, @Nullable Long goalId) {
        if (!instrument.perGoal()) {
            if (goalId != null) {
                throw new MeasurementRefused("goalId", null, "measurement.goal.not-per-goal", instrument.code());
            }
            return null;
        }
        if (goalId == null) {
            throw new MeasurementRefused("goalId", null, "measurement.goal.required", instrument.code());
        }
        if (!goalIds.contains(goalId)) {
            throw new MeasurementRefused("goalId", null, "measurement.goal.unknown", goalId);
        }
        return goalId;
    }

    private static Score score(Instrument instrument, NewMeasurement m) {
        if ((m.answers() == null) == (m.total() == null)) {
            throw new MeasurementRefused(
                    m.answers() == null ? "answers" : "total",
                    null,
                    m.answers() == null ? "measurement.answers-or-total.neither" : "measurement.answers-or-total.both");
        }
        try {
            return m.answers() != null ? instrument.score(m.answers()) : instrument.scoreTotal(m.total());
        } catch (InvalidAnswersException invalid) {
            throw MeasurementRefused.of(invalid);
        }
    }
}
