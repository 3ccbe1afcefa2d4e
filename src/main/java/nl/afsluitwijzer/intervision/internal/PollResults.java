package nl.afsluitwijzer.intervision.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import nl.afsluitwijzer.intervision.PollAnswer;

/** The live count of the poll, with shares of all votes as the LVVP gives them. */
public record PollResults(Map<PollAnswer, Integer> counts) {

    public PollResults {
        counts = Map.copyOf(counts);
    }

    static PollResults empty() {
        return new PollResults(new EnumMap<>(PollAnswer.class));
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(PollAnswer answer) {
        return counts.getOrDefault(answer, 0);
    }

    public int count(PollSide side) {
        return side.answers().stream().mapToInt(this::count).sum();
    }

    public BigDecimal percent(PollAnswer answer) {
        return share(count(answer));
    }

    public BigDecimal percent(PollSide side) {
        return share(count(side));
    }

    private BigDecimal share(int count) {
        int total = total();
        if (total == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }
}
