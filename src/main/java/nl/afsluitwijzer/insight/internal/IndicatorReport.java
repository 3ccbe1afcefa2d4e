package nl.afsluitwijzer.insight.internal;

import java.util.Map;

/**
 * The indicators of a period with, for the whole practice, the same per therapist, and the clients' references of
 * the treatments that had their intake, start or end in the period by treatment id, so that a page can name the
 * treatments of its closings.
 */
public record IndicatorReport(
        Indicators indicators, Map<Long, Indicators> byTherapist, Map<Long, String> clientReferences) {}
