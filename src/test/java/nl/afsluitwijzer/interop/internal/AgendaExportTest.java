package nl.afsluitwijzer.interop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.ImportedSession;
import nl.afsluitwijzer.treatment.SessionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgendaExportTest {

    @Test
    void semicolonsWithAHeaderAndDutchDates() {
        List<AgendaExport.Line> lines = AgendaExport.read("\uFEFFcliënt;datum;aanwezig;soort\r\n"
                + "C-1;03-02-2026;ja;Evaluatie\r\n\r\nC-2;3-2-2026 14:30;nee;\r\n");
        assertThat(lines)
                .extracting(AgendaExport.Line::session)
                .containsExactly(
                        new ImportedSession(2, "C-1", LocalDate.of(2026, 2, 3), true, SessionKind.EVALUATION),
                        new ImportedSession(4, "C-2", LocalDate.of(2026, 2, 3), false, SessionKind.TREATMENT));
    }

    @Test
    void commasWithoutHeaderAndIsoDatesWithQuotedReferences() {
        List<AgendaExport.Line> lines =
                AgendaExport.read("\"C,3\",2026-02-03T09:00,yes,intake\n" + "C-4,2026-02-04,0,afronding\n");
        assertThat(lines)
                .extracting(AgendaExport.Line::session)
                .containsExactly(
                        new ImportedSession(1, "C,3", LocalDate.of(2026, 2, 3), true, SessionKind.INTAKE),
                        new ImportedSession(2, "C-4", LocalDate.of(2026, 2, 4), false, SessionKind.CLOSING));
    }

    @ParameterizedTest(name = "{0} is refused with {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "C-1;31-02-2026;ja|interop.import.date-invalid",
                "C-1;2026-13-01;ja|interop.import.date-invalid",
                "C-1;03-02-26;ja|interop.import.date-invalid",
                "C-1;03-02-2026;misschien|interop.import.attended-invalid",
                "C-1;03-02-2026;ja;telefoon|interop.import.kind-invalid",
                "C-1;03-02-2026|interop.import.columns",
                ";03-02-2026;ja|interop.import.reference-missing"
            })
    void aLineThatCannotBeReadSaysWhy(String line, String messageKey) {
        List<AgendaExport.Line> lines = AgendaExport.read("C-0;01-02-2026;ja\n" + line + "\n");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).session()).isNotNull();
        assertThat(lines.get(1).session()).isNull();
        assertThat(lines.get(1).messageKey()).isEqualTo(messageKey);
        assertThat(lines.get(1).number()).isEqualTo(2);
    }

    @Test
    void aFileThatIsNoCsvIsRefusedWhole() {
        assertThatThrownBy(() -> AgendaExport.read("C-1;\"03-02-2026;ja\nC-2;04-02-2026;ja\n"))
                .isInstanceOf(DomainException.class)
                .hasMessage("interop.import.unreadable");
        assertThatThrownBy(() -> AgendaExport.read("C-1;03-02-2026;ja\n".repeat(AgendaExport.MAX_LINES + 1)))
                .isInstanceOf(DomainException.class)
                .hasMessage("interop.import.too-many-lines");
    }
}
