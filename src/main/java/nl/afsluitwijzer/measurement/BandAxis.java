package nl.afsluitwijzer.measurement;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.afsluitwijzer.shared.chart.ChartLook;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A second score axis, on the right, that names the severity bands at their middles. Outside
 * the plot the names can never hide a measurement.
 */
final class BandAxis extends NumberAxis {

    /** The smallest band, as a share of the axis, that still has room for its name. */
    private static final double NAMED_BAND_SHARE = 0.07;

    private final List<NumberTick> names = new ArrayList<>();

    BandAxis(Instrument instrument, Locale locale) {
        super(null);
        setRange(instrument.min() - 0.5, instrument.max() + 0.5);
        setAxisLineVisible(false);
        setTickMarksVisible(false);
        setTickLabelFont(ChartStyle.BAND_LABEL);
        setTickLabelPaint(ChartLook.MUTED_TEXT);
        double range = instrument.max() - instrument.min() + 1.0;
        for (SeverityBand band : instrument.bands()) {
            if ((band.to() - band.from() + 1) / range >= NAMED_BAND_SHARE) {
                names.add(new NumberTick(
                        (band.from() + band.to()) / 2.0,
                        band.label().in(locale),
                        TextAnchor.CENTER_LEFT,
                        TextAnchor.CENTER_LEFT,
                        0));
            }
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        return List.copyOf(names);
    }
}
