package nl.afsluitwijzer.interop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SessionImportDecodingTest {

    @Test
    void utf8AndExcelsWindows1252AreBothRead() {
        String text = "Cliënt;datum\r\n";
        assertThat(SessionImportController.decoded(text.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(text);
        assertThat(SessionImportController.decoded(text.getBytes(Charset.forName("windows-1252"))))
                .isEqualTo(text);
    }
}
