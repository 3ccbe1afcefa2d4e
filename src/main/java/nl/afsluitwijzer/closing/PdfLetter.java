package nl.afsluitwijzer.closing;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Turns a rendered letter (XHTML) into a PDF: the progress chart goes into every element marked
 * {@code data-chart="progress"}, the text is set in the DejaVu font shipped with the application (PDF's own
 * Helvetica when it is missing), and nothing outside the document is ever fetched.
 */
final class PdfLetter {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONT_REGULAR = "/letters/fonts/DejaVuSans.ttf";
    private static final String FONT_BOLD = "/letters/fonts/DejaVuSans-Bold.ttf";

    private PdfLetter() {
    }

    static byte[] render(String xhtml, @Nullable String chartSvg) {
        Document document = parse(xhtml);
        if (chartSvg != null) {
            placeChart(document, parse(chartSvg));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        addFont(builder, FONT_REGULAR, 400);
        addFont(builder, FONT_BOLD, 700);
        builder.withW3cDocument(document, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new LetterTemplateException("closing.template.pdf", String.valueOf(e.getMessage()));
        }
        return out.toByteArray();
    }

    private static void addFont(PdfRendererBuilder builder, String resource, int weight) {
        if (PdfLetter.class.getResource(resource) != null) {
            builder.useFont(() -> open(resource), FONT_FAMILY, weight, FontStyle.NORMAL, true);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = PdfLetter.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource);
        }
        return in;
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

    /** Parses well-formed XML without a DOCTYPE, so no entity can reach outside the document. */
    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new LetterTemplateException("closing.template.xml", e.getLineNumber() + ": " + e.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new LetterTemplateException("closing.template.xml", String.valueOf(e.getMessage()));
        }
    }
}
