package nl.afsluitwijzer.measurement;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.svg.SVGHints;

/** A short tick on the date axis for one session: an SVG group of class {@value #CLASS} titled with its date. */
final class SessionTick extends XYLineAnnotation {

    static final String CLASS = "aw-session";

    private final String title;

    SessionTick(double date, double bottom, double top, String title) {
        super(date, bottom, date, top, ChartStyle.SESSION_TICK, ChartStyle.SESSION);
        this.title = title;
    }

    @Override
    public void draw(
            Graphics2D g2,
            XYPlot plot,
            Rectangle2D dataArea,
            ValueAxis domainAxis,
            ValueAxis rangeAxis,
            int rendererIndex,
            PlotRenderingInfo info) {
        g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of("class", CLASS));
        g2.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, title);
        super.draw(g2, plot, dataArea, domainAxis, rangeAxis, rendererIndex, info);
        g2.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SessionTick tick && tick.title.equals(title) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + title.hashCode();
    }
}
