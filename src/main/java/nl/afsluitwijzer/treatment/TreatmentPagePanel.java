package nl.afsluitwijzer.treatment;

import java.util.Map;
import java.util.Optional;

/**
 * A section that another module adds to the treatment page (measurements, evaluations, signals, closing),
 * so the treatment module shows them without depending on those modules. Implement it as a bean.
 */
public interface TreatmentPagePanel {

    /** Where on the page the panel goes. */
    enum Column {
        /** Above both columns, for what must be seen first (a risk item answered above its threshold). */
        TOP,
        MAIN,
        SIDE
    }

    /** Smaller comes first within a column. */
    int order();

    Column column();

    /** The fragment to insert and the values it reads as ${panel.model()['name']}; empty to show nothing. */
    Optional<Fragment> render(TreatmentFile file);

    /**
     * A Thymeleaf fragment — template "measurement/panel", selector "panel" — and its values; the fragment
     * also sees the page's own variables (treatment, client, view, today).
     */
    record Fragment(String template, String selector, Map<String, Object> model) {}
}
