package db.migration;

import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Turns a letter template written as XHTML with Thymeleaf into text with Mustache placeholders: th:text of a known
 * value becomes {{value}}, th:if/th:unless/th:each become sections, headings, paragraphs and list items become
 * "## ", blank lines and "- ". The letterhead and date are left out (the page adds them). An expression or
 * attribute it does not recognise is written out as text, so nothing is lost and nothing is evaluated.
 * Frozen with migration V47: it knows the placeholders as they were then.
 */
public final class ThymeleafLetterText {

    private static final Set<String> NAMES = Set.of(
            "letter.date",
            "practice.name",
            "therapist.name",
            "client.name",
            "client.reference",
            "client.birthYear",
            "gp.name",
            "gp.practice",
            "treatment.helpQuestion",
            "treatment.start",
            "treatment.end",
            "treatment.sessions",
            "treatment.expected",
            "treatment.goals",
            "treatment.hasGoals",
            "plan.learned",
            "plan.keepResult",
            "plan.contacts",
            "plan.relatives",
            "plan.ehealth",
            "plan.support",
            "plan.supportText",
            "plan.hasSupport",
            "plan.returnGuarantee",
            "plan.ritual",
            "plan.fadingOut",
            "plan.hasFadingOut",
            "outcome.instrument",
            "outcome.baseline",
            "outcome.latest",
            "outcome.classification",
            "outcome.chart",
            "closing.reason",
            "closing.date",
            "closing.started",
            "handover.to",
            "handover.organisation",
            "handover.jointConversation",
            "handover.written",
            "handover.oral",
            "referral.registered",
            "referral.referrer",
            "referral.referrerName",
            "referral.screened",
            "referral.reasons",
            "referral.hasReasons",
            "referral.tooComplex",
            "referral.specialistCare");
    private static final Map<String, String> NOT_EMPTY = Map.of(
            "treatment.goals",
            "treatment.hasGoals",
            "plan.support",
            "plan.hasSupport",
            "plan.fadingOut",
            "plan.hasFadingOut",
            "referral.reasons",
            "referral.hasReasons");
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "thead", "tbody", "tr", "body",
            "html");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\s*([\\w.]+)\\s*}");
    private static final Pattern ELVIS =
            Pattern.compile("\\$\\{\\s*([\\w.]+)\\s*}\\s*\\?:\\s*(?:'([^']*)'|\\$\\{\\s*([\\w.]+)\\s*})");
    private static final Pattern TERNARY = Pattern.compile(
            "\\$\\{\\s*([\\w.]+)\\s*}\\s*\\?\\s*(\\|[^|]*\\||\\$\\{[\\w.]+})\\s*:\\s*(\\|[^|]*\\||\\$\\{[\\w.]+})");
    private static final Pattern EMPTY_LIST = Pattern.compile("\\$\\{\\s*#lists\\.isEmpty\\(\\s*([\\w.]+)\\s*\\)\\s*}");
    private static final Pattern SUPPORT_JOINED =
            Pattern.compile("\\$\\{\\s*#strings\\.listJoin\\(\\s*plan\\.support.*}");
    private static final Pattern INLINED = Pattern.compile("\\[\\[(.*?)]]|\\[\\((.*?)\\)]");
    private static final Pattern EACH = Pattern.compile("\\s*(\\w+)\\s*:\\s*\\$\\{\\s*([\\w.]+)\\s*}\\s*");

    private ThymeleafLetterText() {}

    /** The template as Mustache text; a body that is not XHTML is kept as it is (it then shows as text). */
    public static String convert(String xhtml) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setNamespaceAware(false);
            root = factory.newDocumentBuilder()
                    .parse(new InputSource(new StringReader(xhtml)))
                    .getDocumentElement();
        } catch (Exception notXhtml) {
            return xhtml;
        }
        StringBuilder out = new StringBuilder();
        node(root, out, null);
        return out.toString()
                        .replaceAll("[ \\t]+\\n", "\n")
                        .replaceAll("\\n[ \\t]+", "\n")
                        .replaceAll("\\n{3,}", "\n\n")
                        .strip()
                + "\n";
    }

    private static void node(Node node, StringBuilder out, @Nullable String item) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            out.append(inlined(node.getNodeValue().replaceAll("\\s+", " "), item));
        } else if (node.getNodeType() == Node.ELEMENT_NODE) {
            element((Element) node, out, item);
        }
    }

    private static void element(Element element, StringBuilder out, @Nullable String item) {
        String tag = element.getTagName().replaceFirst("^th:", "").toLowerCase(java.util.Locale.ROOT);
        if (tag.equals("head")
                || tag.equals("title")
                || tag.equals("style")
                || tag.equals("script")
                || element.getAttribute("class").contains("letterhead")
                || element.getAttribute("th:text").replace(" ", "").equals("${letter.date}")) {
            return;
        }
        boolean block = tag.equals("block") ? hasBlockChild(element) : BLOCKS.contains(tag);
        String open = "";
        String close = "";
        String each = element.getAttribute("th:each");
        Matcher loop = EACH.matcher(each);
        String inner = item;
        if (!each.isEmpty() && loop.matches() && NAMES.contains(loop.group(2))) {
            open = "{{#" + loop.group(2) + "}}" + (block ? "\n" : "");
            close = "{{/" + loop.group(2) + "}}" + (block ? "\n" : "");
            inner = loop.group(1);
        } else if (!each.isEmpty()) {
            open = "th:each=\"" + each + "\" ";
        }
        String[] condition = condition(element, item);
        StringBuilder content = new StringBuilder();
        content(element, tag, content, inner);
        String lead = block ? "\n" : "";
        out.append(lead)
                .append(condition[0])
                .append(condition[0].startsWith("{{") && block ? "\n" : "")
                .append(open)
                .append(content)
                .append(close)
                .append(condition[1])
                .append(condition[1].isEmpty() || !block ? "" : "\n")
                .append(lead);
    }

    /** A th:block is a block when it holds one, and inline (inside a sentence) when it does not. */
    private static boolean hasBlockChild(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e
                    && (BLOCKS.contains(e.getTagName().toLowerCase(java.util.Locale.ROOT))
                            || e.getTagName().equals("th:block") && hasBlockChild(e))) {
                return true;
            }
        }
        return false;
    }

    /** The section around the element for th:if / th:unless: [open, close], or the attribute as text. */
    private static String[] condition(Element element, @Nullable String item) {
        for (String attribute : new String[] {"th:if", "th:unless"}) {
            String expression = element.getAttribute(attribute);
            if (expression.isEmpty()) {
                continue;
            }
            boolean unless = attribute.equals("th:unless");
            Matcher variable = VARIABLE.matcher(expression.strip());
            Matcher empty = EMPTY_LIST.matcher(expression.strip());
            String name = variable.matches() && NAMES.contains(variable.group(1)) ? variable.group(1) : null;
            if (name == null && empty.matches() && NOT_EMPTY.containsKey(empty.group(1))) {
                name = NOT_EMPTY.get(empty.group(1));
                unless = !unless;
            }
            if (name == null) {
                return new String[] {attribute + "=\"" + expression + "\" ", ""};
            }
            return new String[] {"{{" + (unless ? "^" : "#") + name + "}}", "{{/" + name + "}}"};
        }
        return new String[] {"", ""};
    }

    private static void content(Element element, String tag, StringBuilder out, @Nullable String item) {
        String prefix = tag.matches("h\\d") ? "## " : tag.equals("li") ? "- " : "";
        String suffix = tag.matches("h\\d|li|tr")
                ? "\n"
                : tag.equals("p") || tag.equals("div") || tag.equals("ul") || tag.equals("table") ? "\n\n" : "";
        boolean bold = tag.equals("strong")
                || tag.equals("b")
                || element.getAttribute("class").contains("label");
        StringBuilder own = new StringBuilder();
        ownContent(element, tag, own, item);
        String inner = own.toString();
        out.append(prefix);
        if (bold && !inner.isBlank()) {
            String stripped = inner.strip();
            int lead = inner.indexOf(stripped);
            out.append(inner, 0, lead)
                    .append("**")
                    .append(stripped)
                    .append("**")
                    .append(inner.substring(lead + stripped.length()));
        } else {
            out.append(inner);
        }
        out.append(tag.equals("td") ? " " : "").append(suffix);
        for (String other : new String[] {"th:replace", "th:insert", "th:attr", "th:with", "th:switch", "th:case"}) {
            if (element.hasAttribute(other)) {
                out.append(other)
                        .append("=\"")
                        .append(element.getAttribute(other))
                        .append("\" ");
            }
        }
    }

    private static void ownContent(Element element, String tag, StringBuilder out, @Nullable String item) {
        String text =
                element.hasAttribute("th:text") ? element.getAttribute("th:text") : element.getAttribute("th:utext");
        if ("progress".equals(element.getAttribute("data-chart"))) {
            out.append("\n{{outcome.chart}}\n");
        } else if (tag.equals("br")) {
            out.append("\n");
        } else if (!text.isEmpty()) {
            String converted = expression(text.strip(), item);
            out.append(converted == null ? "th:text=\"" + text + "\"" : converted);
        } else {
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                node(child, out, item);
            }
        }
    }

    /** A Thymeleaf expression as Mustache, or null when it is not one this conversion knows. */
    static @Nullable String expression(String expression, @Nullable String item) {
        Matcher m;
        if ((m = VARIABLE.matcher(expression)).matches()) {
            return name(m.group(1), item);
        }
        if (expression.length() > 1 && expression.startsWith("|") && expression.endsWith("|")) {
            return substituted(expression.substring(1, expression.length() - 1), item);
        }
        if ((m = ELVIS.matcher(expression)).matches() && NAMES.contains(m.group(1))) {
            String n = m.group(1);
            String otherwise = m.group(2) != null ? m.group(2) : name(m.group(3), item);
            return otherwise == null
                    ? null
                    : "{{#" + n + "}}{{" + n + "}}{{/" + n + "}}{{^" + n + "}}" + otherwise + "{{/" + n + "}}";
        }
        if ((m = TERNARY.matcher(expression)).matches() && NAMES.contains(m.group(1))) {
            String then = expression(m.group(2), item);
            String otherwise = expression(m.group(3), item);
            String n = m.group(1);
            return then == null || otherwise == null
                    ? null
                    : "{{#" + n + "}}" + then + "{{/" + n + "}}{{^" + n + "}}" + otherwise + "{{/" + n + "}}";
        }
        return SUPPORT_JOINED.matcher(expression).matches() ? "{{plan.supportText}}" : null;
    }

    private static String substituted(String literal, @Nullable String item) {
        Matcher variable = VARIABLE.matcher(literal);
        StringBuilder out = new StringBuilder();
        while (variable.find()) {
            String name = name(variable.group(1), item);
            variable.appendReplacement(out, Matcher.quoteReplacement(name == null ? variable.group() : name));
        }
        return variable.appendTail(out).toString();
    }

    private static String inlined(String text, @Nullable String item) {
        Matcher inline = INLINED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (inline.find()) {
            String converted = expression((inline.group(1) != null ? inline.group(1) : inline.group(2)).strip(), item);
            inline.appendReplacement(out, Matcher.quoteReplacement(converted == null ? inline.group() : converted));
        }
        return inline.appendTail(out).toString();
    }

    private static @Nullable String name(String reference, @Nullable String item) {
        if (item != null && reference.equals(item)) {
            return "{{.}}";
        }
        if (item != null && reference.startsWith(item + ".")) {
            return "{{" + reference.substring(item.length() + 1) + "}}";
        }
        return NAMES.contains(reference) ? "{{" + reference + "}}" : null;
    }
}
