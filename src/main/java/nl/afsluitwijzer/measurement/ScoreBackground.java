package nl.afsluitwijzer.measurement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;

/**
 * What a total is read against: the severity bands, the reliable-change zone around the baseline,
 * the clinical cut-off and the session dates. Totals are whole numbers, so edges between two
 * totals are drawn half-way between them: a marker on the case side of the cut-off line is a case.
 */
final class ScoreBackground {

    private static final double SESSION_TICK_SHARE = 0.035;

    private ScoreBackground() {}

    /** Faint bands in the plot; with {@code named}, their names on an axis on the right. */
    static void addBands(XYPlot plot, Instrument instrument, ChartLabels labels, boolean named) {
        List<SeverityBand> bands = instrument.bands();
        for (int index = 0; index < bands.size(); index++) {
            SeverityBand band = bands.get(index);
            IntervalMarker marker = new IntervalMarker(
                    band.from() - 0.5,
                    band.to() + 0.5,
                    ChartStyle.bandTint(index, bands.size(), instrument.direction()));
            marker.setOutlinePaint(null);
            plot.addRangeMarker(marker, Layer.BACKGROUND);
        }
        if (named && !bands.isEmpty()) {
            plot.setRangeAxis(1, new BandAxis(instrument, labels.locale()));
            plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        }
    }

    /** The zone within reliable change of the baseline: a later total inside it is not a reliable change. */
    static void addReliableChange(XYPlot plot, Instrument instrument, int baseline) {
        double low = Math.max(baseline - instrument.reliableChange(), instrument.min() - 0.5);
        double high = Math.min(baseline + instrument.reliableChange(), instrument.max() + 0.5);
        IntervalMarker zone = new IntervalMarker(low, high, ChartStyle.RELIABLE_CHANGE);
        zone.setOutlinePaint(null);
        plot.addRangeMarker(zone, Layer.BACKGROUND);
        for (double edge : new double[] {low, high}) {
            plot.addRangeMarker(
                    new ValueMarker(edge, ChartStyle.RELIABLE_CHANGE_EDGE, ChartStyle.DOTTED), Layer.BACKGROUND);
        }
    }

    static void addCutoff(XYPlot plot, Instrument instrument, List<DatedScore> scores, ChartLabels labels) {
        Integer cutoff = instrument.clinicalCutoff();
        if (cutoff == null) {
            return;
        }
        double edge = cutoffEdge(instrument).orElseThrow();
        CutoffLabel place = CutoffLabel.place(
                edge,
                scores.stream()
                        .map(score -> new double[] {ScorePlot.at(score.date()), score.total()})
                        .toList(),
                bounds(plot.getDomainAxis().getRange()),
                bounds(plot.getRangeAxis().getRange()));
        ValueMarker marker = new ValueMarker(edge, ChartStyle.CUTOFF, ChartStyle.CUTOFF_LINE);
        marker.setLabel(labels.text("measurement.chart.cutoff", cutoff));
        marker.setLabelFont(ChartStyle.MARKER_LABEL);
        marker.setLabelPaint(ChartStyle.CUTOFF);
        marker.setLabelBackgroundColor(ChartStyle.LABEL_BACKGROUND);
        marker.setLabelAnchor(place.anchor);
        marker.setLabelTextAnchor(place.textAnchor);
        marker.setLabelOffset(new RectangleInsets(3, 6, 3, 6));
        plot.addRangeMarker(marker, Layer.FOREGROUND);
    }

    /** Where the cut-off line goes: between the last total that is not a case and the first that is. */
    static Optional<Double> cutoffEdge(Instrument instrument) {
        Integer cutoff = instrument.clinicalCutoff();
        if (cutoff == null) {
            return Optional.empty();
        }
        return Optional.of(instrument.direction() == Direction.LOWER_IS_BETTER ? cutoff - 0.5 : cutoff + 0.5);
    }

    /** A short tick on the date axis per session, so that gaps in treatment show. */
    static void addSessions(XYPlot plot, Instrument instrument, List<LocalDate> sessions, ChartLabels labels) {
        double bottom = instrument.min() - 0.5;
        double top = bottom + (instrument.max() - instrument.min() + 1) * SESSION_TICK_SHARE;
        for (LocalDate session : sessions) {
            String title = labels.text("measurement.chart.session", labels.date(session));
            plot.addAnnotation(new SessionTick(ScorePlot.at(session), bottom, top, title), false);
        }
    }

    private static double[] bounds(Range range) {
        return new double[] {range.getLowerBound(), range.getUpperBound()};
    }
}
