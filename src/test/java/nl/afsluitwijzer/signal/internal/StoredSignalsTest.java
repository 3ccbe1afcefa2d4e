package nl.afsluitwijzer.signal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import org.junit.jupiter.api.Test;

class StoredSignalsTest {

    @Test
    void everyKindOfArgumentComesBackAsTheSameValueOfTheSameType() {
        List<Signal> signals = List.of(
                Signal.of(SignalCode.OVERRUN, Severity.ACTION, "E=8", 10, 8, 2),
                Signal.of(
                                SignalCode.PLATEAU,
                                Severity.ATTENTION,
                                "dates=2026-01-05,2026-02-02",
                                LocalDate.of(2026, 2, 2),
                                12L,
                                0.1 + 0.2,
                                new BigDecimal("5.20"),
                                true,
                                "tekst met \"quotes\", komma's en é")
                        .acknowledge(),
                Signal.of(SignalCode.AGREEMENTS_MISSING, Severity.ACTION, ""));

        List<Signal> read = StoredSignals.read(StoredSignals.write(signals));

        assertThat(read).isEqualTo(signals);
        for (int i = 0; i < signals.size(); i++) {
            List<Object> arguments = read.get(i).messageArguments();
            for (int a = 0; a < arguments.size(); a++) {
                assertThat(arguments.get(a))
                        .hasSameClassAs(signals.get(i).messageArguments().get(a));
            }
        }
        assertThat(read.get(1).acknowledged()).isTrue();
        assertThat(read.get(1).messageArguments()).contains(0.30000000000000004);
    }

    @Test
    void noSignalsIsAnEmptyList() {
        assertThat(StoredSignals.write(List.of())).isEqualTo("[]");
        assertThat(StoredSignals.read("[]")).isEmpty();
    }

    @Test
    void anArgumentOfAnotherTypeIsRefusedWhenStoredNotShownWrong() {
        List<Signal> signals = List.of(Signal.of(SignalCode.OVERRUN, Severity.ACTION, "E=8", new StringBuilder("x")));

        assertThatThrownBy(() -> StoredSignals.write(signals))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.StringBuilder");
    }

    @Test
    void aStoredStateThatIsNotWhatWriteMakesIsRefusedNotReadHalf() {
        String whole = StoredSignals.write(List.of(Signal.of(SignalCode.OVERRUN, Severity.ACTION, "E=8", 10, 8)));
        assertThat(StoredSignals.read(whole)).hasSize(1);
        for (String broken : List.of(
                whole.substring(0, whole.length() - 3),
                whole.replace("\"severity\":\"ACTION\",", ""),
                whole.replace("OVERRUN", "NO_SUCH_CODE"),
                whole.replace("{\"int\":10}", "10"),
                whole.replace("{\"int\":10}", "{\"int\":10,\"long\":3}"),
                "{}",
                "")) {
            assertThatThrownBy(() -> StoredSignals.read(broken))
                    .as(broken)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("stored signal");
        }
        assertThatThrownBy(() -> StoredSignals.read(whole.replace("\"int\"", "\"float\"")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown type float");
    }
}
