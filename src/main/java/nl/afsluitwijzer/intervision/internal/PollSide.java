package nl.afsluitwijzer.intervision.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import nl.afsluitwijzer.intervision.PollAnswer;

/** "Ja, omdat…" or "Nee, omdat…", with the share of the LVVP poll (61,5 % / 38,5 %). */
public enum PollSide {
    YES(615),
    NO(385);

    private final int lvvpTenthsOfPercent;

    PollSide(int lvvpTenthsOfPercent) {
        this.lvvpTenthsOfPercent = lvvpTenthsOfPercent;
    }

    public BigDecimal lvvpPercent() {
        return BigDecimal.valueOf(lvvpTenthsOfPercent, 1);
    }

    public List<PollAnswer> answers() {
        return Arrays.stream(PollAnswer.values())
                .filter(answer -> answer.side() == this)
                .toList();
    }
}
