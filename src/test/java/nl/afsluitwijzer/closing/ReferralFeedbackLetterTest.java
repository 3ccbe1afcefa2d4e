package nl.afsluitwijzer.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.audit.AuditQuery;
import nl.afsluitwijzer.audit.internal.AuditEntry;
import nl.afsluitwijzer.closing.internal.EditableTemplate;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.PdfPages;
import nl.afsluitwijzer.treatment.ReferralChanges;
import nl.afsluitwijzer.treatment.ScreeningOutcome;
import nl.afsluitwijzer.treatment.ScreeningReason;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.Treatments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The GP feedback letter on a referral that does not fit short-term care: it gives the screening's reasons and the
 * advice, names the patient only as a GP letter needs (name, birth year — no practice reference), is kept and logged,
 * and belongs only to a referral screened out. The manager's template page offers it like the other letters.
 */
@IntegrationTest
class ReferralFeedbackLetterTest {

    private static final LocalDate REGISTERED = LocalDate.of(2026, 2, 2);

    @Autowired
    TestTreatments fixtures;

    @Autowired
    ReferralChanges changes;

    @Autowired
    Letters letters;

    @Autowired
    LetterTemplates templates;

    @Autowired
    AuditLog audit;

    @Autowired
    Treatments treatments;

    @Test
    void theLetterExplainsWhyShortTermCareDoesNotFitAndWhatThePracticeAdvises() {
        Treatment referral = screenedOut();
        byte[] pdf = generateAndDownload(referral);
        PdfPages.save("referral-feedback", pdf);
        String text = PdfPages.text(pdf).replaceAll("\\s+", " ");
        assertThat(text)
                .contains(
                        "Dokter K. Smit",
                        "Huisartsenpraktijk De Brink",
                        "Noor Verwezen",
                        "geboortejaar 1988",
                        "2 februari 2026",
                        "9 februari 2026",
                        "Te complex voor een kort traject",
                        "Specialistische GGZ nodig",
                        "Eerst verslavingszorg",
                        "specialistische GGZ",
                        "POH-GGZ",
                        "Ik ben al lang somber");
        assertThat(text).doesNotContain(fixtures.referenceOf(referral), "Therapieland");
    }

    @Test
    void generatingIsLoggedAsPrintAndDownloadingAsExport() {
        Treatment referral = screenedOut();
        generateAndDownload(referral);
        List<AuditEntry> entries = audit.find(new AuditQuery(null, null, null, null, referral.getId()));
        assertThat(entries)
                .filteredOn(e -> Letters.OBJECT.equals(e.objectType()))
                .extracting(AuditEntry::action)
                .contains(AuditAction.PRINT, AuditAction.EXPORT);
    }

    @Test
    void theFeedbackLetterBelongsOnlyToAReferralScreenedOutAndClosingLettersNotToIt() {
        Treatment waiting = fixtures.referredBy("behandelaar", REGISTERED);
        Treatment out = screenedOut();
        fixtures.as("behandelaar", () -> {
            assertThatThrownBy(() ->
                            letters.generate(CurrentUser.require(), waiting.getId(), LetterKind.REFERRAL_FEEDBACK))
                    .hasMessage("closing.letter.not-screened-out");
            assertThatThrownBy(() -> letters.generate(CurrentUser.require(), out.getId(), LetterKind.GP))
                    .hasMessage("closing.letter.screened-out");
        });
        Treatment started = fixtures.startedBy("behandelaar");
        fixtures.as(
                "behandelaar",
                () -> assertThatThrownBy(() ->
                                letters.generate(CurrentUser.require(), started.getId(), LetterKind.REFERRAL_FEEDBACK))
                        .hasMessage("closing.letter.not-screened-out"));
    }

    @Test
    void theManagerCanEditAndPreviewTheFeedbackTemplateOnTheSampleReferral() {
        fixtures.as("manager", () -> {
            assertThat(templates.all(CurrentUser.require()))
                    .extracting(EditableTemplate::kind)
                    .contains(LetterKind.REFERRAL_FEEDBACK);
            EditableTemplate template = templates.template(CurrentUser.require(), LetterKind.REFERRAL_FEEDBACK);
            assertThat(template.body()).contains("referral.reasons");
            assertThat(templates
                            .preview(CurrentUser.require(), LetterKind.REFERRAL_FEEDBACK, template.body())
                            .pages())
                    .isNotEmpty();
        });
    }

    @Test
    void theDemoReferralThatDidNotFitHasItsFeedbackLetter() {
        fixtures.as("behandelaar", () -> {
            TreatmentFile demo = treatments.visible(CurrentUser.require(), null).stream()
                    .filter(f -> "DW-1179".equals(f.client().getReference()))
                    .findFirst()
                    .orElseThrow();
            List<StoredLetter> kept = letters.of(demo);
            assertThat(kept).extracting(StoredLetter::kind).containsExactly(LetterKind.REFERRAL_FEEDBACK);
            String text = PdfPages.text(letters.download(
                            CurrentUser.require(), demo.id(), kept.get(0).id())
                    .content());
            assertThat(text).contains("Ruud Hoekstra", "Specialistische GGZ nodig");
        });
    }

    private Treatment screenedOut() {
        Treatment referral = fixtures.referredBy("behandelaar", REGISTERED);
        fixtures.as(
                "behandelaar",
                () -> changes.screen(
                        CurrentUser.require(),
                        referral.getId(),
                        null,
                        REGISTERED.plusDays(7),
                        ScreeningOutcome.DOES_NOT_FIT,
                        List.of(
                                ScreeningReason.TOO_COMPLEX,
                                ScreeningReason.NEEDS_SPECIALIST_CARE,
                                ScreeningReason.OTHER),
                        "Eerst verslavingszorg"));
        return referral;
    }

    private byte[] generateAndDownload(Treatment referral) {
        byte[][] pdf = new byte[1][];
        fixtures.as("behandelaar", () -> {
            StoredLetter letter =
                    letters.generate(CurrentUser.require(), referral.getId(), LetterKind.REFERRAL_FEEDBACK);
            pdf[0] = letters.download(CurrentUser.require(), referral.getId(), letter.id())
                    .content();
        });
        return pdf[0];
    }
}
