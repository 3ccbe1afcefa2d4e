package nl.afsluitwijzer.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one CSV writer: the Dutch spreadsheet format and the guard against formula injection. */
class CsvTest {

    @ParameterizedTest(name = "{0} becomes {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "=HYPERLINK(\"http://evil\")|\"'=HYPERLINK(\"\"http://evil\"\")\"",
                "+31 6 1234|'+31 6 1234",
                "-2+3|'-2+3",
                "@SUM(A1)|'@SUM(A1)",
                "gewoon|gewoon",
                "a,b|a,b",
                "a;b|\"a;b\"",
                "1=1|1=1"
            })
    void cellsThatASpreadsheetWouldRunAreDefused(String value, String cell) {
        assertThat(Csv.cell(value)).isEqualTo(cell);
    }

    @Test
    void tabsAndCarriageReturnsAtTheStartAreDefused() {
        assertThat(Csv.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(Csv.cell("\rx")).isEqualTo("\"'\rx\"");
    }

    @Test
    void quotesAndLineBreaksAreQuotedAndNumbersWrittenAsThey() {
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.cell(80.0)).isEqualTo("80.0");
    }

    @Test
    void aFileStartsWithTheByteOrderMarkAndEachRowEndsWithCrLf() {
        assertThat(new Csv()
                        .row(Arrays.asList("a", null, 1))
                        .row(List.of())
                        .row("-1", "x")
                        .toString())
                .isEqualTo("\uFEFFa;;1\r\n\r\n'-1;x\r\n");
    }
}
