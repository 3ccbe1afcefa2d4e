package nl.afsluitwijzer.demo;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The demo data file cannot be used. Each problem names the entry (index and reference) and the field, such as
 * {@code treatments[3] (DW-1014) sessions[1].missed: position 9 is beyond the block's 8 sessions}.
 */
class DemoDataException extends RuntimeException {

    private final List<String> problems;

    DemoDataException(String source, List<String> problems, @Nullable Throwable cause) {
        super(
                source + ": "
                        + (problems.size() == 1
                                ? problems.get(0)
                                : problems.size() + " problems:\n  " + String.join("\n  ", problems)),
                cause);
        this.problems = List.copyOf(problems);
    }

    DemoDataException(String source, List<String> problems) {
        this(source, problems, null);
    }

    List<String> problems() {
        return problems;
    }
}
