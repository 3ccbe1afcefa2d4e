package nl.afsluitwijzer.intervision.internal;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The four themes of the Keurmerk Norm 3 meeting on knowledge sharing (source 004), each with its three
 * questions, what the participants said and a summary. The texts are data in the message bundle
 * {@code messages/intervision-knowledge}, so they come in Dutch and English like every other text.
 */
public enum Norm3Theme {
    GP_COLLABORATION,
    EHEALTH,
    WAITING_LIST,
    TIMELY_CLOSING;

    private static final int QUESTIONS = 3;

    public String key() {
        return "intervision.knowledge." + name();
    }

    /** The message-key stems of the questions; add ".question" or ".answer". */
    public List<String> questionKeys() {
        return IntStream.rangeClosed(1, QUESTIONS)
                .mapToObj(n -> key() + ".q" + n)
                .toList();
    }
}
