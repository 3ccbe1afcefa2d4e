package nl.afsluitwijzer.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.afsluitwijzer.closing.internal.EditableTemplate;
import nl.afsluitwijzer.closing.internal.Preview;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.PdfPages;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/** The manager's templates: the defaults render, a saved one is used for letters, the manager alone edits them. */
@IntegrationTest
class LetterTemplatesTest {

    private static final String MINIMAL = "Eigen brief voor {{client.name}} {{onbekend}}";

    @Autowired
    LetterTemplates templates;

    @Autowired
    Letters letters;

    @Autowired
    ClosingFixtures closingFixtures;

    @Autowired
    TestTreatments fixtures;

    @Test
    void everyDefaultTemplateRendersOnTheSampleTreatment() {
        fixtures.as("manager", () -> {
            for (LetterKind kind : LetterKind.values()) {
                Preview preview = templates.preview(
                        CurrentUser.require(),
                        kind,
                        templates.template(CurrentUser.require(), kind).body());
                assertThat(preview.failed())
                        .as(kind + ": " + preview.errorDetail())
                        .isFalse();
                assertThat(preview.pages()).isNotEmpty().allMatch(p -> p.startsWith("data:image/png;base64,"));
            }
        });
    }

    @Test
    void theDefaultTemplatesUseOnlyKnownPlaceholders() {
        for (LetterKind kind : LetterKind.values()) {
            assertThat(TemplateScan.of(LetterTemplateStore.defaultBody(kind)).unknown())
                    .as(kind.name())
                    .isEmpty();
        }
    }

    @Test
    void aTemplateLongerThanItsColumnIsRefused() {
        assertThat(previewOf("x".repeat(LetterTemplates.MAX_LENGTH + 1)).errorKey())
                .isEqualTo("closing.template.too-long");
        fixtures.as(
                "manager",
                () -> assertThatThrownBy(() -> templates.save(
                                CurrentUser.require(), LetterKind.GP, "x".repeat(LetterTemplates.MAX_LENGTH + 1), null))
                        .hasMessage("closing.template.too-long"));
    }

    @Test
    void aSavedTemplateIsUsedForLettersAndAStaleSaveIsRefused() {
        Treatment treatment = closingFixtures.inClosing();
        fixtures.as("manager", () -> {
            try {
                assertThat(templates.save(CurrentUser.require(), LetterKind.CLIENT, MINIMAL, null))
                        .containsExactly("{{onbekend}}");
                EditableTemplate saved = templates.template(CurrentUser.require(), LetterKind.CLIENT);
                assertThat(saved.customised()).isTrue();
                assertThatThrownBy(() -> templates.save(CurrentUser.require(), LetterKind.CLIENT, MINIMAL, null))
                        .isInstanceOf(OptimisticLockingFailureException.class);
                templates.save(CurrentUser.require(), LetterKind.CLIENT, MINIMAL, saved.version());
                assertThatThrownBy(() ->
                                templates.save(CurrentUser.require(), LetterKind.CLIENT, MINIMAL, saved.version()))
                        .isInstanceOf(OptimisticLockingFailureException.class);
                StoredLetter letter = letters.generate(CurrentUser.require(), treatment.getId(), LetterKind.CLIENT);
                assertThat(PdfPages.text(letters.download(CurrentUser.require(), treatment.getId(), letter.id())
                                .content()))
                        .contains("Eigen brief voor " + ClosingFixtures.CLIENT_NAME + " {{onbekend}}");
            } finally {
                templates.reset(CurrentUser.require(), LetterKind.CLIENT);
            }
            assertThat(templates
                            .template(CurrentUser.require(), LetterKind.CLIENT)
                            .customised())
                    .isFalse();
        });
    }

    @Test
    void onlyTheManagerManagesTemplates() {
        fixtures.as(
                "behandelaar",
                () -> assertThatThrownBy(() -> templates.template(CurrentUser.require(), LetterKind.GP))
                        .isInstanceOf(DomainException.class)
                        .hasMessage("closing.template.not-found"));
    }

    private Preview previewOf(String body) {
        Preview[] preview = new Preview[1];
        fixtures.as("manager", () -> preview[0] = templates.preview(CurrentUser.require(), LetterKind.GP, body));
        return preview[0];
    }
}
