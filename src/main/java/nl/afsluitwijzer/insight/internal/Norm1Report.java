package nl.afsluitwijzer.insight.internal;

import java.time.Instant;
import nl.afsluitwijzer.insight.Norm1Reports;

/** A Norm 1 report as kept: its period, when and by whom it was made; the PDF is read with {@link Norm1Reports}. */
public record Norm1Report(Long id, Period period, Instant generatedAt, Long generatedBy, String fileName) {}
