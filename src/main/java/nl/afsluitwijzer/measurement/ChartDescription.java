package nl.afsluitwijzer.measurement;

import java.util.List;
import java.util.stream.Collectors;

/** The short text that tells a screen-reader user what a chart shows: totals, cut-off, change and outcome. */
final class ChartDescription {

    private ChartDescription() {}

    static String of(String subject, Instrument instrument, List<DatedScore> scores, ChartLabels labels) {
        if (scores.isEmpty()) {
            return labels.text("measurement.chart.text.empty", subject);
        }
        StringBuilder text =
                new StringBuilder(labels.text("measurement.chart.text.scores", subject, list(scores, labels)));
        if (instrument.clinicalCutoff() != null) {
            text.append(' ').append(labels.text("measurement.chart.text.cutoff", instrument.clinicalCutoff()));
        }
        if (scores.size() > 1) {
            text.append(' ').append(change(instrument, scores, labels));
        }
        return text.toString();
    }

    private static String list(List<DatedScore> scores, ChartLabels labels) {
        return scores.stream()
                .map(score -> labels.text("measurement.chart.text.score", score.total(), labels.date(score.date())))
                .collect(Collectors.joining(", "));
    }

    private static String change(Instrument instrument, List<DatedScore> scores, ChartLabels labels) {
        int baseline = scores.get(0).total();
        int latest = scores.get(scores.size() - 1).total();
        OutcomeThresholds thresholds = instrument.thresholds();
        int improvement = thresholds.improvement(baseline, latest);
        String key = improvement > 0 ? "improved" : improvement < 0 ? "deteriorated" : "same";
        String outcome = labels.text(thresholds.classify(baseline, latest).messageKey());
        // the outcome names are headings elsewhere; inside a sentence they are lower case
        return labels.text("measurement.chart.text." + key, Math.abs(improvement), instrument.reliableChange())
                + ' '
                + labels.text("measurement.chart.text.outcome", outcome.toLowerCase(labels.locale()));
    }
}
