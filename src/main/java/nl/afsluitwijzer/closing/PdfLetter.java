package nl.afsluitwijzer.closing;

import nl.afsluitwijzer.closing.internal.LetterTemplateException;
import nl.afsluitwijzer.shared.HtmlPdf;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Turns a rendered letter (XHTML) into a PDF: the progress chart goes into every element marked
 * {@code data-chart="progress"}; a letter that cannot be rendered becomes a template error the editor can show.
 */
final class PdfLetter {

    private PdfLetter() {}

    static byte[] render(String xhtml, @Nullable String chartSvg) {
        Document document = parse(xhtml);
        if (chartSvg != null) {
            placeChart(document, parse(chartSvg));
        }
        try {
            return HtmlPdf.render(document);
        } catch (HtmlPdf.RenderingFailed e) {
            throw new LetterTemplateException("closing.template.pdf", e.getMessage());
        }
    }

    private static void placeChart(Document letter, Document chart) {
        NodeList elements = letter.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if ("progress".equals(element.getAttribute("data-chart"))) {
                element.appendChild(letter.importNode(chart.getDocumentElement(), true));
            }
        }
    }

    static Document parse(String xml) {
        try {
            return HtmlPdf.parse(xml);
        } catch (HtmlPdf.MalformedDocument e) {
            throw new LetterTemplateException("closing.template.xml", e.getMessage());
        }
    }
}
