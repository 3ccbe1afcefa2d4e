package nl.afsluitwijzer.intervision;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The three columns of the worksheet "Systemische analyse" (source 001): medewerker-, patiënt- and
 * organisatiefactoren, each with the examples the source gives (shown as chips).
 */
public enum SystemLevel {
    EMPLOYEE(5),
    PATIENT(4),
    ORGANISATION(4);

    private final int examples;

    SystemLevel(int examples) {
        this.examples = examples;
    }

    /** The message keys of the source's examples for this level. */
    public List<String> exampleKeys() {
        return IntStream.rangeClosed(1, examples)
                .mapToObj(n -> "intervision.case.example." + name() + "." + n)
                .toList();
    }
}
