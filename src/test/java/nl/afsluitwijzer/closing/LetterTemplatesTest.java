package nl.afsluitwijzer.closing;

import nl.afsluitwijzer.support.PdfPages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.afsluitwijzer.shared.ProblemException;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/** The manager's templates render in a sandbox: only the values passed, everything escaped, errors explained. */
@IntegrationTest
class LetterTemplatesTest {

    private static final String MINIMAL = """
            <html xmlns:th="http://www.thymeleaf.org"><body>
            <p th:text="|Eigen brief voor ${client.name}|">x</p></body></html>""";

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
                Preview preview = templates.preview(kind, templates.template(kind).body());
                assertThat(preview.failed()).as(kind + ": " + preview.errorDetail()).isFalse();
                assertThat(preview.pages()).isNotEmpty().allMatch(p -> p.startsWith("data:image/png;base64,"));
            }
        });
    }

    @Test
    void aTemplateThatAsksForUnescapedOutputIsRefused() {
        assertThat(previewOf("<html><body><p th:utext=\"${client.name}\">x</p></body></html>").errorKey())
                .isEqualTo("closing.template.unescaped");
        assertThat(previewOf("<html><body><p>[(${client.name})]</p></body></html>").errorKey())
                .isEqualTo("closing.template.unescaped");
    }

    @Test
    void aTemplateCannotReachJavaClassesOrBeans() {
        assertThat(previewOf("<html><body><p th:text=\"${T(java.lang.Runtime).getRuntime().availableProcessors()}\">x"
                + "</p></body></html>").errorKey()).isEqualTo("closing.template.error");
        assertThat(previewOf("<html><body><p th:text=\"${new java.io.File('/').exists()}\">x</p></body></html>")
                .errorKey()).isEqualTo("closing.template.error");
        assertThat(previewOf("<html><body><p th:text=\"${@letterTemplates}\">x</p></body></html>").errorKey())
                .isEqualTo("closing.template.error");
    }

    @Test
    void aTemplateThatIsNotWellFormedSaysWhere() {
        Preview preview = previewOf("<html><body>\n<p>open<br></p></body></html>");
        assertThat(preview.errorKey()).isEqualTo("closing.template.xml");
        assertThat(preview.errorDetail()).startsWith("2:");
        assertThat(previewOf("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><html><body>&e;</body></html>")
                .errorKey()).isEqualTo("closing.template.xml");
    }

    @Test
    void aSavedTemplateIsUsedForLettersAndAStaleSaveIsRefused() {
        Treatment treatment = closingFixtures.inClosing();
        fixtures.as("manager", () -> {
            try {
                templates.save(LetterKind.CLIENT, MINIMAL, null);
                EditableTemplate saved = templates.template(LetterKind.CLIENT);
                assertThat(saved.customised()).isTrue();
                assertThatThrownBy(() -> templates.save(LetterKind.CLIENT, MINIMAL, null))
                        .isInstanceOf(OptimisticLockingFailureException.class);
                templates.save(LetterKind.CLIENT, MINIMAL, saved.version());
                assertThatThrownBy(() -> templates.save(LetterKind.CLIENT, MINIMAL, saved.version()))
                        .isInstanceOf(OptimisticLockingFailureException.class);
                StoredLetter letter = letters.generate(treatment.getId(), LetterKind.CLIENT);
                assertThat(PdfPages.text(letters.download(treatment.getId(), letter.id()).content()))
                        .contains("Eigen brief voor " + ClosingFixtures.CLIENT_NAME);
                assertThatThrownBy(() -> templates.save(LetterKind.CLIENT, "<p>kapot", templates.template(
                        LetterKind.CLIENT).version())).hasMessage("closing.template.xml");
            } finally {
                templates.reset(LetterKind.CLIENT);
            }
            assertThat(templates.template(LetterKind.CLIENT).customised()).isFalse();
        });
    }

    @Test
    void onlyTheManagerManagesTemplates() {
        fixtures.as("behandelaar", () -> assertThatThrownBy(() -> templates.template(LetterKind.GP))
                .isInstanceOf(ProblemException.class).hasMessage("closing.template.not-found"));
    }

    private Preview previewOf(String body) {
        Preview[] preview = new Preview[1];
        fixtures.as("manager", () -> preview[0] = templates.preview(LetterKind.GP, body));
        return preview[0];
    }
}
