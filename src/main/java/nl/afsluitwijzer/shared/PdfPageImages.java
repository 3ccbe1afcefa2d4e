package nl.afsluitwijzer.shared;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The pages of a PDF as PNG data URIs, for the live preview (the page's CSP allows images from data:). */
public final class PdfPageImages {

    private static final int MAX_PAGES = 4;
    private static final float DPI = 80;

    private PdfPageImages() {}

    public static List<String> of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<String> pages = new ArrayList<>();
            for (int i = 0; i < Math.min(MAX_PAGES, document.getNumberOfPages()); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, DPI);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                pages.add("data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
