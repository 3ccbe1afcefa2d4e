package nl.afsluitwijzer.measurement;

import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;
import nl.afsluitwijzer.shared.chart.ChartLook;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The plot of totals over dates: the date and score axes and the score line. */
final class ScorePlot {

    static final String SERIES = "scores";
    private static final int MINIMUM_SPAN_DAYS = 14;
    /** The height of a value above its marker, as a share of the score axis. */
    private static final double VALUE_SHARE = 0.09;

    private ScorePlot() {}

    static XYPlot create(Instrument instrument, List<DatedScore> scores, List<LocalDate> sessions, ChartLabels labels) {
        List<String> titles = scores.stream()
                .map(score -> labels.text("measurement.chart.text.score", score.total(), labels.date(score.date())))
                .toList();
        XYPlot plot = new XYPlot(
                dataset(scores),
                dateAxis(scores, sessions, labels),
                scoreAxis(instrument),
                new ScoreRenderer(
                        titles,
                        scores.stream()
                                .map(score -> valueBelow(instrument, score))
                                .toList()));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(ChartLook.GRID);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        plot.setRangeGridlineStroke(ChartLook.THIN);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        ChartLook.noDataMessage(plot, labels.text("measurement.chart.empty"));
        return plot;
    }

    /** A value written above its marker would be crossed by the cut-off line just above it. */
    private static boolean valueBelow(Instrument instrument, DatedScore score) {
        Optional<Double> edge = ScoreBackground.cutoffEdge(instrument);
        double room = (instrument.max() - instrument.min() + 1) * VALUE_SHARE;
        return edge.isPresent() && edge.get() > score.total() && edge.get() - score.total() <= room;
    }

    /** Dates sit at UTC midnight so that the chart does not depend on the server's time zone. */
    static double at(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static XYSeriesCollection dataset(List<DatedScore> scores) {
        XYSeries series = new XYSeries(SERIES, false, true);
        scores.forEach(score -> series.add(at(score.date()), score.total()));
        XYSeriesCollection dataset = new XYSeriesCollection();
        if (!scores.isEmpty()) {
            dataset.addSeries(series);
        }
        return dataset;
    }

    private static DateAxis dateAxis(List<DatedScore> scores, List<LocalDate> sessions, ChartLabels labels) {
        DateAxis axis = new DateAxis(null);
        axis.setTimeZone(TimeZone.getTimeZone("UTC"));
        axis.setStandardTickUnits(dayTickUnits(labels));
        ChartLook.axis(axis);
        // wide insets make the axis choose fewer dates, so they read as landmarks, not a scale
        axis.setTickLabelInsets(new RectangleInsets(4, 14, 2, 14));
        List<LocalDate> dates = Stream.concat(scores.stream().map(DatedScore::date), sessions.stream())
                .sorted()
                .toList();
        if (dates.isEmpty()) {
            // nothing to place in time: keep the frame, leave out dates that would mean nothing
            axis.setRange(at(LocalDate.EPOCH), at(LocalDate.EPOCH.plusDays(MINIMUM_SPAN_DAYS)));
            axis.setTickLabelsVisible(false);
            axis.setTickMarksVisible(false);
        } else {
            setRange(axis, dates.get(0), dates.get(dates.size() - 1));
        }
        return axis;
    }

    /** From first to last date with a margin, widened around its middle to at least two weeks. */
    private static void setRange(DateAxis axis, LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        long span = Math.max(days, MINIMUM_SPAN_DAYS);
        long margin = Math.max(3, span / 20) + (span - days) / 2;
        axis.setRange(at(first.minusDays(margin)), at(last.plusDays(margin)));
    }

    /** Whole days, weeks and months only: a chart of treatment sessions never needs hours. */
    private static TickUnits dayTickUnits(ChartLabels labels) {
        TickUnits units = new TickUnits();
        for (int days : new int[] {1, 2, 7, 14}) {
            units.add(new DateTickUnit(DateTickUnitType.DAY, days, labels.axisDateFormat()));
        }
        for (int months : new int[] {1, 2, 3, 6}) {
            units.add(new DateTickUnit(DateTickUnitType.MONTH, months, labels.axisDateFormat()));
        }
        for (int years : new int[] {1, 2, 5, 10}) {
            units.add(new DateTickUnit(DateTickUnitType.YEAR, years, labels.axisDateFormat()));
        }
        return units;
    }

    /** Unlabelled: the frame names the score above the axis, where it reads without turning one's head. */
    private static NumberAxis scoreAxis(Instrument instrument) {
        NumberAxis axis = new NumberAxis(null);
        // half a point of room at both ends keeps markers at the minimum and maximum whole
        axis.setRange(instrument.min() - 0.5, instrument.max() + 0.5);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ChartLook.axis(axis);
        return axis;
    }
}
