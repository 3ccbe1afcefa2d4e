package nl.afsluitwijzer.intervision.web;

import java.util.Locale;
import java.util.Map;
import nl.afsluitwijzer.shared.HtmlPdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a summary template under templates/intervision/pdf (written as XHTML, all values escaped by
 * th:text) and turns it into a PDF.
 */
@Component
class SummaryPdfs {

    private final ITemplateEngine templates;

    SummaryPdfs(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(String template, Map<String, Object> values, Locale locale) {
        String xhtml = templates.process("intervision/pdf/" + template, new Context(locale, values));
        return HtmlPdf.render(xhtml);
    }
}
