package nl.afsluitwijzer.support;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The accessibility gate of the browser tests: runs axe-core (pinned, from the Maven Central artefact
 * com.deque.html.axe-core:playwright, which carries axe.min.js) with the WCAG 2.0/2.1 A and AA rules on a page,
 * and collects every console error of the pages it watches. Each finding names the rule, the page and the element,
 * so a failing test says what to fix where.
 */
public final class AccessibilityAudit {

    /** The WCAG 2.1 A/AA rule tags of axe-core. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String AXE_SOURCE = load("/axe.min.js");
    private static final String RUN = """
            async tags => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags },
                resultTypes: ['violations'] });
              return result.violations.map(v => ({ id: v.id, impact: String(v.impact), help: v.help,
                nodes: v.nodes.map(n => ({ target: n.target.join(' '), summary: String(n.failureSummary || '')
                  .replace(/\\s+/g, ' ') })) }));
            }""";

    private final List<String> findings = new ArrayList<>();
    private int pagesChecked;

    /** Records every console error and uncaught script error of the page, with the URL it happened on. */
    public void watch(Page page) {
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                findings.add("console error on " + page.url() + ": " + message.text()
                        + (message.location() == null || message.location().isEmpty()
                                ? ""
                                : " (" + message.location() + ")"));
            }
        });
        page.onPageError(error -> findings.add("script error on " + page.url() + ": " + error));
    }

    /** Runs axe-core on the page as it is now; every violating element becomes a finding. */
    @SuppressWarnings("unchecked")
    public void check(Page page, String what) {
        pagesChecked++;
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.evaluate(AXE_SOURCE);
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(RUN, TAGS);
        for (Map<String, Object> violation : violations) {
            for (Map<String, Object> node : (List<Map<String, Object>>) violation.get("nodes")) {
                findings.add(violation.get("id") + " (" + violation.get("impact") + ") on " + what + " " + page.url()
                        + "\n    element: " + node.get("target") + "\n    " + violation.get("help") + ": "
                        + node.get("summary"));
            }
        }
    }

    /** A finding found outside axe-core (keyboard, structure), with the page it is on. */
    public void add(Page page, String finding) {
        findings.add(finding + " on " + page.url());
    }

    public List<String> findings() {
        return List.copyOf(findings);
    }

    public int pagesChecked() {
        return pagesChecked;
    }

    /** All findings, one block each, for an assertion message. */
    public String report() {
        return findings.size() + " accessibility finding(s) on " + pagesChecked + " checked page(s):\n"
                + String.join("\n", findings);
    }

    private static String load(String resource) {
        try (InputStream in = AccessibilityAudit.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path (axe-core dependency)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
