package nl.afsluitwijzer.closing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the client wrote through the personal link: Wat heb ik geleerd, a letter to the future self, and the answer
 * to "Wil je nog een volgende afspraak?". Any of them may be left open.
 */
public record ClientAnswers(
        @Nullable String learned,
        @Nullable String letterToSelf,
        @Nullable NextAppointment nextAppointment,
        Instant answeredAt) {}
