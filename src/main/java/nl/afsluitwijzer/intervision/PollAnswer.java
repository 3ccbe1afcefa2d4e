package nl.afsluitwijzer.intervision;

import java.math.BigDecimal;
import java.util.Optional;
import nl.afsluitwijzer.intervision.internal.PollSide;
import org.jspecify.annotations.Nullable;

/**
 * The answers of the LVVP poll "Vindt u het lastig om behandelingen tijdig af te ronden?" (source 000),
 * with the share of all respondents that gave them. The last "Nee" reason has no figure in the source.
 */
public enum PollAnswer {
    YES_1(PollSide.YES, 163),
    YES_2(PollSide.YES, 138),
    YES_3(PollSide.YES, 135),
    YES_4(PollSide.YES, 110),
    YES_5(PollSide.YES, 45),
    YES_6(PollSide.YES, 22),
    YES_7(PollSide.YES, 0),
    NO_1(PollSide.NO, 112),
    NO_2(PollSide.NO, 79),
    NO_3(PollSide.NO, 76),
    NO_4(PollSide.NO, 59),
    NO_5(PollSide.NO, 34),
    NO_6(PollSide.NO, 14),
    NO_7(PollSide.NO, null);

    private final PollSide side;
    private final @Nullable Integer lvvpTenthsOfPercent;

    PollAnswer(PollSide side, @Nullable Integer lvvpTenthsOfPercent) {
        this.side = side;
        this.lvvpTenthsOfPercent = lvvpTenthsOfPercent;
    }

    public PollSide side() {
        return side;
    }

    /** The LVVP share of this reason in percent, when the source gives one. */
    public Optional<BigDecimal> lvvpPercent() {
        return Optional.ofNullable(lvvpTenthsOfPercent).map(tenths -> BigDecimal.valueOf(tenths, 1));
    }

    public static Optional<PollAnswer> parse(String name) {
        for (PollAnswer answer : values()) {
            if (answer.name().equals(name)) {
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }
}
