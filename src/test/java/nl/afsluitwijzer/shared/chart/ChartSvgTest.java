package nl.afsluitwijzer.shared.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A chart as an inline SVG element: presentation attributes instead of styles, a label, titled bars and links. */
class ChartSvgTest {

    @Test
    void eachDeclarationBecomesAnAttribute() {
        assertThat(ChartSvg.withPresentationAttributes(
                        "<g style='stroke-width:1.0;stroke:rgb(1,2,3);stroke-dasharray:2.0,3.0;fill:none'><text style=\"fill: red;"
                                + " font-size: 10px;\">x</text></g>"))
                .isEqualTo("<g stroke-width='1.0' stroke='rgb(1,2,3)' stroke-dasharray='2.0,3.0' fill='none'>"
                        + "<text fill='red' font-size='10px'>x</text></g>");
    }

    @Test
    void aLabelledChartIsAnImageWithItsClassLabelAndTitledBars() {
        String svg = ChartSvg.labelled(bars(null), 300, 200, "test-chart", "some-chart", "Two <bars>");

        assertThat(svg)
                .startsWith("<svg id='test-chart'")
                .contains(
                        "class=\"some-chart\" width=\"300\" height=\"200\" viewBox=\"0 0 300 200\"",
                        "role=\"img\" aria-label=\"Two &lt;bars&gt;\"><title>Two &lt;bars&gt;</title>",
                        "<title>a: 3</title><rect",
                        "<title>b: 5</title><rect")
                .doesNotContain("style=", "<a ", "role=\"group\"")
                .endsWith("</svg>");
    }

    @Test
    void barsWithALinkBecomeLinksNamedByTheirTitleAndTheChartAGroup() {
        String svg = ChartSvg.labelled(bars("/to/"), 300, 200, "test-chart", "some-chart", "Two bars");

        assertThat(svg)
                .contains("role=\"group\"")
                .contains("<a href='/to/a?x=1&amp;y=2' aria-label='a: 3'><title>a: 3</title><rect")
                .contains("<a href='/to/b?x=1&amp;y=2' aria-label='b: 5'><title>b: 5</title><rect")
                .doesNotContain(ChartSvg.LINK);
        assertThat(count(svg, "<a ")).isEqualTo(2).isEqualTo(count(svg, "</a>"));
        assertThat(count(svg, "<g")).isEqualTo(count(svg, "</g>"));
    }

    @Test
    void textFromTheDataIsEscapedInTitlesLinksAndLabels() {
        String hostile = "x'\"><script>alert(1)</script>&";
        String svg = ChartSvg.labelled(bars("/to/", hostile, "b"), 300, 200, "test-chart", "some-chart", hostile);

        assertThat(svg).doesNotContain("<script", "'\">").contains("&lt;script&gt;");
        assertThat(count(svg, "<a ")).isEqualTo(2).isEqualTo(count(svg, "</a>"));
    }

    private static JFreeChart bars(@Nullable String link) {
        return bars(link, "a", "b");
    }

    private static JFreeChart bars(@Nullable String link, String first, String second) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        dataset.addValue(3, "count", first);
        dataset.addValue(5, "count", second);
        TitledBarRenderer renderer = new TitledBarRenderer(java.awt.Color.BLUE, new TitledBarRenderer.Bars() {
            @Override
            public String title(int row, int column) {
                return dataset.getColumnKey(column) + ": "
                        + dataset.getValue(row, column).intValue();
            }

            @Override
            public @Nullable String link(int row, int column) {
                return link == null ? null : link + dataset.getColumnKey(column) + "?x=1&y=2";
            }
        });
        JFreeChart chart = new JFreeChart(new CategoryPlot(dataset, new CategoryAxis(), new NumberAxis(), renderer));
        chart.removeLegend();
        return chart;
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
