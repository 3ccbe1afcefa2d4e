package nl.afsluitwijzer.insight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void cellsAFormulaWouldStartWithGetALeadingQuote() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvWriter.cell("+31")).isEqualTo("'+31");
        assertThat(CsvWriter.cell("-2")).isEqualTo("'-2");
        assertThat(CsvWriter.cell("@SUM")).isEqualTo("'@SUM");
        assertThat(CsvWriter.cell("\tx")).isEqualTo("'\tx");
        assertThat(CsvWriter.cell("\rx")).isEqualTo("\"'\rx\"");
    }

    @Test
    void cellsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        assertThat(CsvWriter.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(CsvWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.cell(null)).isEmpty();
        assertThat(CsvWriter.cell(80.0)).isEqualTo("80.0");
    }

    @Test
    void rowsEndWithCrLf() {
        assertThat(new CsvWriter().row(Arrays.asList("a", null, 1)).toString()).isEqualTo("\uFEFFa;;1\r\n");
    }
}
