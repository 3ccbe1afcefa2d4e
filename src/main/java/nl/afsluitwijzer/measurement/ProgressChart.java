package nl.afsluitwijzer.measurement;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import nl.afsluitwijzer.shared.chart.ChartSvg;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Draws the progress of a treatment on an instrument as an inline SVG: the totals over time,
 * read against the severity bands, the clinical cut-off and the reliable-change zone around the
 * baseline, with the sessions as ticks on the date axis. Per-goal instruments (GBO) get one small
 * chart per goal. Without measurements the chart still renders, with its bands and cut-off and
 * the message that there are no measurements yet, so pages and reports keep their layout.
 *
 * <p>The result is one {@code <svg>} element with whole-number width and height, a title and a
 * description, no scripts and no references outside itself. Every text in it, including a goal
 * the client wrote, is XML-escaped, so a page writes it unescaped ({@code th:utext}) and puts
 * {@link #textAlternative} beside it as a caption. The same input gives the same text on the same
 * installation (the layout uses the JVM's font metrics), and different charts get different ids.
 */
@Component
public final class ProgressChart {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 360;
    public static final int GOAL_WIDTH = 320;
    public static final int GOAL_HEIGHT = 200;

    private final MessageSource messages;

    public ProgressChart(MessageSource messages) {
        this.messages = messages;
    }

    /** The chart of one instrument's totals, {@value #WIDTH} × {@value #HEIGHT} pixels. */
    public String render(ProgressChartData data) {
        ChartLabels labels = new ChartLabels(messages, data.locale());
        Instrument instrument = data.instrument();
        XYPlot plot = ScorePlot.create(instrument, data.measurements(), data.sessionDates(), labels);
        ScoreBackground.addBands(plot, instrument, labels, true);
        if (!data.measurements().isEmpty()) {
            ScoreBackground.addReliableChange(
                    plot, instrument, data.measurements().get(0).total());
        }
        ScoreBackground.addCutoff(plot, instrument, data.measurements(), labels);
        ScoreBackground.addSessions(plot, instrument, data.sessionDates(), labels);
        if (data.expected() != null) {
            ExpectedBand.add(plot, data.expected());
        }
        JFreeChart chart = ChartFrame.progress(
                plot,
                labels.name(instrument),
                labels.text("measurement.chart.axis.total", labels.better(instrument.direction())),
                labels,
                instrument,
                !data.measurements().isEmpty(),
                !data.sessionDates().isEmpty(),
                data.expected());
        return ChartSvg.described(
                chart,
                WIDTH,
                HEIGHT,
                id("progress", data.toString()),
                labels.text("measurement.chart.title.progress", labels.name(instrument)),
                textAlternative(data));
    }

    /** The chart of one goal's ratings, {@value #GOAL_WIDTH} × {@value #GOAL_HEIGHT} pixels, titled with the goal. */
    public String renderGoalChart(GoalChartData data) {
        ChartLabels labels = new ChartLabels(messages, data.locale());
        Instrument instrument = data.instrument();
        XYPlot plot = ScorePlot.create(instrument, data.ratings(), List.of(), labels);
        // a goal chart is small and has no legend: band names and the reliable-change zone would
        // crowd it; the tints say enough and the text alternative gives the change
        ScoreBackground.addBands(plot, instrument, labels, false);
        JFreeChart chart = ChartFrame.goal(
                plot, data.goal(), labels.text("measurement.chart.axis.rating", labels.better(instrument.direction())));
        return ChartSvg.described(
                chart,
                GOAL_WIDTH,
                GOAL_HEIGHT,
                id("goal", data.toString()),
                labels.text("measurement.chart.title.goal", data.goal()),
                textAlternative(data));
    }

    /** One or two sentences that say what {@link #render} shows, for screen readers and as a caption. */
    public String textAlternative(ProgressChartData data) {
        ChartLabels labels = new ChartLabels(messages, data.locale());
        return ChartDescription.of(labels.name(data.instrument()), data.instrument(), data.measurements(), labels);
    }

    /** What {@link #renderGoalChart} shows, in words. */
    public String textAlternative(GoalChartData data) {
        ChartLabels labels = new ChartLabels(messages, data.locale());
        String subject = labels.text("measurement.chart.title.goal", data.goal());
        return ChartDescription.of(subject, data.instrument(), data.ratings(), labels);
    }

    /** An id that depends only on the input: the same chart gets the same id, another chart another. */
    private static String id(String kind, String input) {
        CRC32 crc = new CRC32();
        crc.update(input.getBytes(StandardCharsets.UTF_8));
        return "aw-" + kind + "-" + Long.toHexString(crc.getValue());
    }
}
