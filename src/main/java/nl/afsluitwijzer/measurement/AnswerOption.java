package nl.afsluitwijzer.measurement;

import java.util.Objects;

/** One answer a client can give to every item of an instrument, with the points it scores. */
public record AnswerOption(int value, LocalizedText label) {

    public AnswerOption {
        Objects.requireNonNull(label, "label");
    }
}
