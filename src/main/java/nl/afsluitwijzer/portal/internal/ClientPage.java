package nl.afsluitwijzer.portal.internal;

import nl.afsluitwijzer.measurement.Instrument;
import org.jspecify.annotations.Nullable;

/**
 * One screen of a questionnaire link: a whole questionnaire, or — for a per-goal instrument (GBO) — the rating of one
 * treatment goal, shown in the words it was recorded in.
 *
 * @param key how the answers of this screen are kept until sent: the instrument code, with {@code #<goal id>} for a
 *     goal
 * @param goalNumber the goal's number among the goals rated (1-based), 0 for a whole questionnaire
 */
public record ClientPage(
        String key,
        Instrument instrument,
        @Nullable Long goalId,
        @Nullable String goal,
        int goalNumber,
        int goalCount) {

    public static ClientPage whole(Instrument instrument) {
        return new ClientPage(instrument.code(), instrument, null, null, 0, 0);
    }

    public static ClientPage goal(Instrument instrument, Long goalId, String goal, int number, int count) {
        return new ClientPage(instrument.code() + "#" + goalId, instrument, goalId, goal, number, count);
    }

    public boolean forGoal() {
        return goalId != null;
    }
}
