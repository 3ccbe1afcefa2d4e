package nl.afsluitwijzer.measurement;

import java.util.Objects;

/** A named range of totals, both ends included, such as PHQ-9 10–14 "moderate". */
public record SeverityBand(String code, int from, int to, LocalizedText label) {

    public SeverityBand {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }

    public boolean contains(int total) {
        return from <= total && total <= to;
    }
}
