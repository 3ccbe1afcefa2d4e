package nl.afsluitwijzer.signal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.signal.internal.SignalStates;
import nl.afsluitwijzer.treatment.TreatmentFiles;
import nl.afsluitwijzer.treatment.Treatments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unacknowledged signals, as of a day, of the treatments under way on it that the current user may see: what the
 * practice's figures count. For today they are read from the stored signal state ({@link SignalStates}: what the
 * engine says today), and only the treatments without a current state are run through the engine; for another day
 * every treatment is. The same signals either way, without evaluating thousands of treatments on every read.
 */
@Service
@Transactional(readOnly = true)
public class OpenSignals {

    /** An unacknowledged signal of a treatment (and its therapist). */
    public record Open(long treatmentId, long therapistId, SignalCode code, Severity severity) {}

    private final JdbcClient jdbc;
    private final Treatments treatments;
    private final Signals signals;
    private final Clock clock;

    OpenSignals(JdbcClient jdbc, Treatments treatments, Signals signals, Clock clock) {
        this.jdbc = jdbc;
        this.treatments = treatments;
        this.signals = signals;
        this.clock = clock;
    }

    /** In treatment id order, each treatment's most urgent first; logged as a search of treatments. */
    @Transactional
    public List<Open> underWayOn(CurrentUser user, LocalDate day) {
        if (!day.equals(LocalDate.now(clock))) {
            return evaluated(treatments.visibleFilesUnderWay(user, day), day);
        }
        Map<Long, List<Open>> byTreatment = new TreeMap<>();
        TreatmentFiles withoutState = treatments.visibleFilesUnderWayAmong(user, day, scope -> {
            Map<String, Object> parameters = new HashMap<>(scope.parameters());
            parameters.put("stateDay", Date.valueOf(day));
            List<Long> missing = new ArrayList<>();
            jdbc.sql("""
                    SELECT t.id, t.therapist_id, ss.open_signals,
                           CASE WHEN ss.treatment_id IS NOT NULL AND %s THEN TRUE ELSE FALSE END
                    FROM treatment t
                    LEFT JOIN treatment_signal_state ss ON ss.treatment_id = t.id AND ss.computed_for = :stateDay %s
                    WHERE %s""".formatted(SignalStates.OUTDATED, SignalStates.GENERATIONS, scope.condition()))
                    .params(parameters)
                    .query(rs -> {
                        long id = rs.getLong(1);
                        String stored = rs.getString(3);
                        if (stored == null || rs.getBoolean(4)) {
                            missing.add(id);
                        } else {
                            byTreatment.put(id, parse(id, rs.getLong(2), stored));
                        }
                    });
            return missing;
        });
        evaluated(withoutState, day)
                .forEach(open -> byTreatment
                        .computeIfAbsent(open.treatmentId(), id -> new ArrayList<>())
                        .add(open));
        return byTreatment.values().stream().flatMap(List::stream).toList();
    }

    private List<Open> evaluated(TreatmentFiles files, LocalDate day) {
        return signals.evaluate(files, day).stream()
                .flatMap(result -> result.signals().stream()
                        .filter(signal -> !signal.acknowledged())
                        .map(signal -> new Open(
                                result.file().id(),
                                result.file().treatment().getTherapistId(),
                                signal.code(),
                                signal.severity())))
                .toList();
    }

    /** The stored form of the unacknowledged signals, in their order: ',OVERRUN:ACTION,PLATEAU:INFO,'. */
    public static String stored(List<Signal> signals) {
        return signals.stream()
                .filter(signal -> !signal.acknowledged())
                .map(signal -> signal.code().name() + ":" + signal.severity().name())
                .collect(Collectors.joining(",", ",", ","));
    }

    private static List<Open> parse(long treatmentId, long therapistId, String stored) {
        return Arrays.stream(stored.split(","))
                .filter(part -> !part.isEmpty())
                .map(part -> {
                    int colon = part.indexOf(':');
                    return new Open(
                            treatmentId,
                            therapistId,
                            SignalCode.valueOf(part.substring(0, colon)),
                            Severity.valueOf(part.substring(colon + 1)));
                })
                .toList();
    }
}
