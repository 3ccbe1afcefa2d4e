package nl.afsluitwijzer.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.PdfPages;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A manager's template holds no code: payloads of every template language a manager could try are shown as the
 * text they are, in the preview and in the PDF of a real letter, and none of them runs (no file is created).
 */
@IntegrationTest
class LetterTemplatePayloadsTest {

    private static final Path FILE =
            Path.of("target", "letter-payload-" + UUID.randomUUID()).toAbsolutePath();
    private static final String F = FILE.toString();

    /** One payload a line; each becomes a paragraph of its own. */
    static final List<String> PAYLOADS = List.of(
            "${T(java.lang.Runtime).getRuntime().exec('id')}",
            "${T(org.h2.util.Utils).callStaticMethod('java.lang.System.getenv', 'PATH')}",
            "${T(org.h2.store.fs.FileUtils).createFile('" + F + "')}",
            "${T(org.h2.util.Utils).callStaticMethod('org.h2.store.fs.FileUtils.createFile', '" + F + "')}",
            "${new java.io.File('" + F + "').createNewFile()}",
            "*{T(java.lang.System).getenv()}",
            "#{closing.letter.GP}",
            "@{/beheer/brieven}",
            "~{fragments/layout :: page}",
            "%{(#rt = @java.lang.Runtime@getRuntime()).(#rt.exec('id'))}",
            "__${T(org.h2.store.fs.FileUtils).createFile('" + F + "')}__",
            "[[${T(org.h2.store.fs.FileUtils).createFile('" + F + "')}]]",
            "[(${T(org.h2.store.fs.FileUtils).createFile('" + F + "')})]",
            "[[${client.name}]] [(${client.name})]",
            "<p th:text=\"${T(org.h2.store.fs.FileUtils).createFile('" + F + "')}\">x</p>",
            "<p th:utext=\"${client.name}\">x</p> <div th:replace=\"~{fragments/layout :: page}\"></div>",
            "<th:block th:insert=\"~{closing/letter}\"></th:block> <span th:with=\"x=${@letterTemplates}\">y</span>",
            "<script>alert(1)</script><img src=x onerror=alert(2)>",
            "{{{client.name}}} {{&client.name}} {{>partial}} {{=<% %>=}} <% client.name %>",
            "{{client.class}} {{client.getClass.forName}} {{class.forName}} {{#client.class}}x{{/client.class}}",
            "{{T(org.h2.store.fs.FileUtils).createFile('" + F + "')}}",
            "#set($x = $class.forName('java.lang.Runtime')) $x.getRuntime().exec('id')",
            "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
            "#{T(java.lang.System).exit(1)} ${7*7} {{7*7}} <%= 7*7 %>");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    LetterTemplates templates;

    @Autowired
    Letters letters;

    @Autowired
    ClosingFixtures closingFixtures;

    @Autowired
    TestTreatments fixtures;

    @Test
    void everyPayloadIsTextInThePreviewAndRunsNothing() throws Exception {
        String html = mvc.perform(post("/beheer/brieven/GP/voorbeeld")
                        .param("body", String.join("\n\n", PAYLOADS))
                        .with(user(users.loadUserByUsername("manager")))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String payload : PAYLOADS) {
            assertThat(html).contains("<p>" + TemplateScan.escape(payload) + "</p>");
        }
        assertThat(html)
                .doesNotContain("<script>alert(1)")
                .doesNotContain("th:text=\"")
                .doesNotContain("<% client");
        assertThat(html).contains("<li><code>{{client.class}}</code></li>");
        assertThat(FILE).doesNotExist();
    }

    @Test
    void everyPayloadIsTextInTheLetterAndRunsNothing() {
        Treatment treatment = closingFixtures.inClosing();
        fixtures.as("manager", () -> {
            try {
                templates.save(
                        CurrentUser.require(),
                        LetterKind.GP,
                        String.join("\n\n", PAYLOADS),
                        templates.template(CurrentUser.require(), LetterKind.GP).version());
                StoredLetter letter = letters.generate(CurrentUser.require(), treatment.getId(), LetterKind.GP);
                String text = withoutSpace(
                        PdfPages.text(letters.download(CurrentUser.require(), treatment.getId(), letter.id())
                                .content()));
                for (String payload : PAYLOADS) {
                    assertThat(text).contains(withoutSpace(payload));
                }
            } finally {
                templates.reset(CurrentUser.require(), LetterKind.GP);
            }
        });
        assertThat(FILE).doesNotExist();
    }

    private static String withoutSpace(String text) {
        return text.replaceAll("\\s+", "");
    }
}
