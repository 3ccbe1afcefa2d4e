package nl.afsluitwijzer.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.audit.AuditQuery;
import nl.afsluitwijzer.audit.internal.AuditEntry;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.PdfPages;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each letter renders as a PDF whose text holds the client's name (escaped, as written), the dates, the session
 * count and the agreements; the GP letter embeds the progress chart; generating and downloading are logged.
 * The PDFs are kept in target/pdf to look at (pdftoppm turns them into pictures).
 */
@IntegrationTest
class LettersTest {

    @Autowired
    ClosingFixtures closingFixtures;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    ClosingPlans plans;

    @Autowired
    Letters letters;

    @Autowired
    AuditLog audit;

    @Test
    void theClosingLetterToTheClientSaysWhatWasLearnedAndThatTheyCanDoItThemselves() {
        String text = textOf(LetterKind.CLIENT, "client");
        assertThat(text)
                .contains(
                        ClosingFixtures.CLIENT_NAME,
                        "Wat heb je geleerd",
                        "Piekeren mag, op een vast moment.",
                        "Behoud van resultaat",
                        "Elke dag een kwartier piekertijd.",
                        "Bij twee weken slecht slapen",
                        "16 maart 2026",
                        "In 8 gesprekken heb je daar hard aan gewerkt",
                        "Je kunt dit zelf — en je weet ons te vinden.",
                        "We plannen geen terugkeerafspraak");
    }

    @Test
    void theLetterToTheGpHasTheCourseTheAgreementsAndTheProgressChart() {
        Treatment treatment = treatmentWithPlan();
        closingFixtures.measured(treatment);
        byte[] pdf = pdfOf(treatment, LetterKind.GP, "gp");
        String text = PdfPages.text(pdf).replaceAll("\\s+", " ");
        assertThat(text)
                .contains(
                        "Dokter A. Bakker",
                        "Huisartsenpraktijk De Linde",
                        ClosingFixtures.CLIENT_NAME,
                        "geboortejaar 1985",
                        "vraag",
                        "5 januari 2026",
                        "Sessies",
                        "8 (afgesproken: 12)",
                        "Weer sporten",
                        "Bereikt",
                        "Elke dag een kwartier piekertijd.",
                        "Partner Jan",
                        "POH-GGZ, Digitale zorg",
                        "Terugkeergarantie",
                        "zich",
                        "Praktijk De Wissel",
                        "Anna de Vries",
                        "beginmeting 18 (12 januari 2026)",
                        "laatste meting 6 (16 maart 2026)",
                        "Hersteld");
        assertThat(PdfPages.formXObjects(pdf))
                .as("the progress chart, drawn as a form XObject")
                .isPositive();
    }

    @Test
    void theHandoverLetterNamesTheNewTherapistAndTheJointConversation() {
        Treatment treatment = treatmentWithPlan();
        closingFixtures.close(
                treatment,
                ClosingReason.TRANSFERRED,
                new Handover("M. Jansen", "GGZ De Brug", true, true, true),
                "eindmeting volgt daar");
        String text = PdfPages.text(pdfOf(treatment, LetterKind.HANDOVER, "handover"));
        assertThat(text)
                .contains(
                        "M. Jansen",
                        "GGZ De Brug",
                        ClosingFixtures.CLIENT_NAME,
                        "samen met de cliënt besproken",
                        "8 sessies",
                        "Piekeren mag, op een vast moment.");
    }

    @Test
    void generatingIsLoggedAsPrintAndDownloadingAsExport() {
        Treatment treatment = treatmentWithPlan();
        pdfOf(treatment, LetterKind.CLIENT, "client-audit");
        List<AuditEntry> entries = audit.find(new AuditQuery(null, null, null, null, treatment.getId()));
        assertThat(entries)
                .filteredOn(e -> Letters.OBJECT.equals(e.objectType()))
                .extracting(AuditEntry::action)
                .contains(AuditAction.PRINT, AuditAction.EXPORT);
    }

    private String textOf(LetterKind kind, String name) {
        return PdfPages.text(pdfOf(treatmentWithPlan(), kind, name));
    }

    private Treatment treatmentWithPlan() {
        Treatment treatment = closingFixtures.inClosing();
        fixtures.as(
                "behandelaar",
                () -> plans.save(CurrentUser.require(), treatment.getId(), null, ClosingFixtures.completePlan()));
        return treatment;
    }

    private byte[] pdfOf(Treatment treatment, LetterKind kind, String name) {
        byte[][] pdf = new byte[1][];
        fixtures.as("behandelaar", () -> {
            StoredLetter letter = letters.generate(CurrentUser.require(), treatment.getId(), kind);
            pdf[0] = letters.download(CurrentUser.require(), treatment.getId(), letter.id())
                    .content();
        });
        PdfPages.save(name, pdf[0]);
        return pdf[0];
    }
}
