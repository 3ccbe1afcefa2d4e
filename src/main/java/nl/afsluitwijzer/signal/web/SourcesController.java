package nl.afsluitwijzer.signal.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Bronnen: the passages of the source documents that the signals and their advice quote. */
@Controller
class SourcesController {

    /** The source documents, each with its anchor and the number of quoted passages in the bundle. */
    record Source(String id, int passages) {}

    static final List<Source> SOURCES = List.of(
            new Source("handvatdocument", 6),
            new Source("flyer", 6),
            new Source("complexe-casuistiek", 3),
            new Source("dilemmas-en-kansen", 3),
            new Source("norm3", 3),
            new Source("verwacht-verloop", 3));

    @GetMapping("/bronnen")
    String sources(Model model) {
        model.addAttribute("sources", SOURCES);
        return "signal/sources";
    }
}
