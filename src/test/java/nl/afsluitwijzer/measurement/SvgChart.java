package nl.afsluitwijzer.measurement;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A rendered chart read back with the JDK's XML parser, to check what it holds rather than how it is written. */
record SvgChart(String svg, Document document) {

    static SvgChart parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new SvgChart(svg, factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    List<Element> elements(String name) {
        NodeList nodes = document.getElementsByTagNameNS("*", name);
        List<Element> elements = new ArrayList<>();
        for (int index = 0; index < nodes.getLength(); index++) {
            elements.add((Element) nodes.item(index));
        }
        return elements;
    }

    List<Element> groups(String cssClass) {
        return elements("g").stream()
                .filter(group -> cssClass.equals(group.getAttribute("class")))
                .toList();
    }

    /** The titles of the groups of a class, such as "18 op 5-1-2026" for each measurement. */
    List<String> groupTitles(String cssClass) {
        return groups(cssClass).stream()
                .map(group -> group.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .toList();
    }

    List<String> texts() {
        return elements("text").stream().map(Element::getTextContent).toList();
    }

    /** The direct title or desc child of the root element. */
    String rootChild(String name) {
        return elements(name).stream()
                .filter(element -> element.getParentNode() == root())
                .findFirst()
                .map(Element::getTextContent)
                .orElseThrow();
    }
}
