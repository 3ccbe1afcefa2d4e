package nl.afsluitwijzer.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The renderer of a manager's template: known placeholders filled in and escaped, everything else text. */
class LetterSandboxTest {

    private final LetterSandbox sandbox = new LetterSandbox();

    @Test
    void aPlaceholderIsFilledInAndEscaped() {
        assertThat(body("Beste {{client.name}},"))
                .isEqualTo("<p>Beste Eva &lt;b&gt;de&lt;/b&gt; Wit &amp; &quot;Zn&quot; &#39;t,</p>");
    }

    @Test
    void textOfTheTemplateIsEscapedToo() {
        assertThat(body("a < b & \"c\" <script>alert(1)</script>"))
                .isEqualTo("<p>a &lt; b &amp; &quot;c&quot; &lt;script&gt;alert(1)&lt;/script&gt;</p>");
    }

    @Test
    void aSectionShowsWhenFilledInOrYesAndAnInvertedOneWhenNot() {
        assertThat(body("{{#plan.learned}}geleerd: {{plan.learned}}{{/plan.learned}}"))
                .isEqualTo("<p>geleerd: rust</p>");
        assertThat(body("{{#plan.ehealth}}app{{/plan.ehealth}}{{^plan.ehealth}}geen app{{/plan.ehealth}}"))
                .isEqualTo("<p>geen app</p>");
        assertThat(body("{{#plan.returnGuarantee}}ja{{/plan.returnGuarantee}}")).isEqualTo("<p>ja</p>");
        assertThat(body("{{^plan.returnGuarantee}}nee{{/plan.returnGuarantee}}x"))
                .isEqualTo("<p>x</p>");
    }

    @Test
    void aListGivesOneItemPerEntryAndGoalsTheirFields() {
        assertThat(body("{{#plan.support}}\n- {{.}}\n{{/plan.support}}"))
                .isEqualTo("<ul><li>huisarts</li><li>&lt;app&gt;</li></ul>");
        assertThat(body("{{#treatment.goals}}\n- {{description}} — {{status}}\n{{/treatment.goals}}"))
                .isEqualTo("<ul><li>slapen — Bereikt</li></ul>");
    }

    @Test
    void headingsParagraphsLineBreaksAndBoldAreLaidOutByUs() {
        assertThat(body("## Kop\nregel een\nregel twee\n\n**vet** en {{client.reference}}"))
                .isEqualTo("<h2>Kop</h2><p>regel een<br/>regel twee</p><p><strong>vet</strong> en R-1</p>");
    }

    @Test
    void theChartGoesWhereItsPlaceholderStandsAlone() {
        assertThat(body("voor\n\n{{outcome.chart}}\n\nna"))
                .isEqualTo("<p>voor</p><div class=\"chart\" data-chart=\"progress\"></div><p>na</p>");
    }

    @Test
    void aValueCannotPlaceTheChartOrFormATag() {
        Map<String, Object> values = values();
        values.put("client", Map.of("name", "\uE000chart\uE000 {{client.reference}}"));
        assertThat(sandbox.render("{{client.name}}", values).xhtml())
                .isEqualTo("<p>chart &#123;&#123;client.reference&#125;&#125;</p>");
    }

    @Test
    void anythingElseInBracesStaysTextAndIsReported() {
        LetterSandbox.Body body = sandbox.render(
                "{{foo}} {{client.class}} {{{client.name}}} {{&client.name}}"
                        + " {{>partial}} {{=<% %>=}} {{!note}} {{.}} {{description}} {{#client.name}}open",
                values());
        assertThat(body.xhtml())
                .isEqualTo(
                        "<p>&#123;&#123;foo&#125;&#125; &#123;&#123;client.class&#125;&#125; "
                                + "&#123;&#123;&#123;client.name&#125;&#125;&#125; &#123;&#123;&amp;client.name&#125;&#125; "
                                + "&#123;&#123;&gt;partial&#125;&#125; &#123;&#123;=&lt;% %&gt;=&#125;&#125; &#123;&#123;!note&#125;&#125; "
                                + "&#123;&#123;.&#125;&#125; &#123;&#123;description&#125;&#125; &#123;&#123;#client.name&#125;&#125;open</p>");
        assertThat(body.unknown())
                .containsExactly(
                        "{{foo}}",
                        "{{client.class}}",
                        "{{{client.name}}",
                        "{{&client.name}}",
                        "{{>partial}}",
                        "{{=<% %>=}}",
                        "{{!note}}",
                        "{{.}}",
                        "{{description}}",
                        "{{#client.name}}");
    }

    @Test
    void yesNoAndListsCannotBeWrittenAsText() {
        assertThat(sandbox.render("{{plan.returnGuarantee}} {{plan.support}}", values())
                        .unknown())
                .hasSize(2);
    }

    @Test
    void sectionsThatDoNotCloseInOrderStayText() {
        assertThat(body("{{#plan.learned}}{{#plan.support}}x{{/plan.learned}}{{/plan.support}}"))
                .isEqualTo("<p>&#123;&#123;#plan.learned&#125;&#125;x&#123;&#123;/plan.learned&#125;&#125;"
                        + "x&#123;&#123;/plan.learned&#125;&#125;</p>");
    }

    @Test
    void aClassOrMethodIsNeverReachedThroughAName() {
        Map<String, Object> values = values();
        values.put("client", new Client());
        assertThat(sandbox.render("[{{client.name}}]", values).xhtml()).isEqualTo("<p>[]</p>");
    }

    /** An object with a getter a reflective collector would call. */
    public static final class Client {
        public String getName() {
            return "from a getter";
        }
    }

    private String body(String template) {
        return sandbox.render(template, values()).xhtml();
    }

    private static Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("client", Map.of("name", "Eva <b>de</b> Wit & \"Zn\" 't", "reference", "R-1"));
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("learned", "rust");
        plan.put("ehealth", null);
        plan.put("returnGuarantee", true);
        plan.put("support", List.of("huisarts", "<app>"));
        values.put("plan", plan);
        values.put("treatment", Map.of("goals", List.of(Map.of("description", "slapen", "status", "Bereikt"))));
        values.put("outcome", Map.of("chart", true));
        return values;
    }
}
