package nl.afsluitwijzer.shared;

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
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Turns a well-formed XHTML document into a PDF: the text is set in the DejaVu font shipped with the application
 * (PDF's own Helvetica when it is missing), inline SVG is drawn as vector graphics, and nothing outside the
 * document is ever fetched. Every PDF the application writes (letters, reports, summaries) goes through here.
 */
public final class HtmlPdf {

    public static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONT_REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String FONT_BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private HtmlPdf() {}

    /** Parses and renders; a document that is not well-formed XML is refused with {@link MalformedDocument}. */
    public static byte[] render(String xhtml) {
        return render(parse(xhtml));
    }

    public static byte[] render(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        addFont(builder, FONT_REGULAR, 400);
        addFont(builder, FONT_BOLD, 700);
        builder.withW3cDocument(document, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new RenderingFailed(String.valueOf(e.getMessage()), e);
        }
        return out.toByteArray();
    }

    /** Parses well-formed XML without a DOCTYPE, so no entity can reach outside the document. */
    public static Document parse(String xml) {
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
            throw new MalformedDocument(e.getLineNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new MalformedDocument(String.valueOf(e.getMessage()), e);
        }
    }

    private static void addFont(PdfRendererBuilder builder, String resource, int weight) {
        if (HtmlPdf.class.getResource(resource) != null) {
            builder.useFont(() -> open(resource), FONT_FAMILY, weight, FontStyle.NORMAL, true);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = HtmlPdf.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource);
        }
        return in;
    }

    /** The document is not well-formed XML; the message says where. */
    public static final class MalformedDocument extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedDocument(String detail, Throwable cause) {
            super(detail, cause);
        }
    }

    /** The PDF renderer gave up on the document. */
    public static final class RenderingFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RenderingFailed(String detail, Throwable cause) {
            super(detail, cause);
        }
    }
}
