package nl.afsluitwijzer.treatment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything the treatment module records of one treatment, read together for a page or the API. */
public record TreatmentFile(
        Treatment treatment,
        Client client,
        List<Goal> goals,
        List<TreatmentSession> sessions,
        List<Discussion> discussions) {

    public Long id() {
        return Objects.requireNonNull(treatment.getId(), "a file is of a stored treatment");
    }

    /** n: attended sessions of kind treatment, evaluation or closing on or before the date. */
    public int attendedSessions(LocalDate asOf) {
        return (int) sessions.stream()
                .filter(TreatmentSession::counts)
                .filter(s -> !s.getSessionDate().isAfter(asOf))
                .count();
    }

    /** Whole weeks since the treatment started, if it has. */
    public Optional<Long> weeksRunning(LocalDate asOf) {
        LocalDate start = treatment.getStartDate();
        if (start == null) {
            return Optional.empty();
        }
        LocalDate end =
                treatment.getEndDate() != null && treatment.getEndDate().isBefore(asOf) ? treatment.getEndDate() : asOf;
        return Optional.of(Math.max(0, ChronoUnit.WEEKS.between(start, end)));
    }

    public Optional<LocalDate> lastAttendedSession() {
        return sessions.stream()
                .filter(TreatmentSession::isAttended)
                .map(TreatmentSession::getSessionDate)
                .max(LocalDate::compareTo);
    }
}
