package nl.afsluitwijzer.measurement;

import java.util.Objects;

/** One scored question of an instrument; numbers run from 1 in the order of the questionnaire. */
public record Item(int number, LocalizedText text) {

    public Item {
        Objects.requireNonNull(text, "text");
    }
}
