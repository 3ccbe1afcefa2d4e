package nl.afsluitwijzer.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CsvTest {

    @ParameterizedTest(name = "{0} becomes {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://evil\")|\"'=HYPERLINK(\"\"http://evil\"\")\"",
            "+31 6 1234|\"'+31 6 1234\"",
            "-2+3|\"'-2+3\"",
            "@SUM(A1)|\"'@SUM(A1)\"",
            "gewoon|\"gewoon\"",
            "a,b|\"a,b\"",
            "1=1|\"1=1\""})
    void cellsThatASpreadsheetWouldRunAreDefused(String value, String cell) {
        assertThat(Csv.cell(value)).isEqualTo(cell);
    }

    @Test
    void tabsAndCarriageReturnsAtTheStartAreDefusedAndARowEndsWithCrLf() {
        assertThat(Csv.cell("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(Csv.cell("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(Csv.row("a", null, 3)).isEqualTo("\"a\",\"\",\"3\"\r\n");
    }
}
