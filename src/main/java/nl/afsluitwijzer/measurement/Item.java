package nl.afsluitwijzer.measurement;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One scored question of an instrument; numbers run from 1 in the order of the questionnaire.
 *
 * @param riskAbove null for an ordinary item; for a risk item (such as PHQ-9 item 9, thoughts of death or
 *     self-harm) the highest answer that is not a risk: an answer above it raises the signal SUICIDE_ITEM
 */
public record Item(int number, LocalizedText text, @Nullable Integer riskAbove) {

    public Item {
        Objects.requireNonNull(text, "text");
    }

    public Item(int number, LocalizedText text) {
        this(number, text, null);
    }

    public boolean isRiskItem() {
        return riskAbove != null;
    }

    /** Whether {@code answer} to this item is a risk: it is a risk item and the answer lies above its threshold. */
    public boolean isRisk(@Nullable Integer answer) {
        return riskAbove != null && answer != null && answer > riskAbove;
    }
}
