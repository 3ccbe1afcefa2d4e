package nl.afsluitwijzer.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The {@code links} of a page in an API answer: {@code self}, {@code first}, {@code prev} (not on the first page),
 * {@code next} (not on the last) and {@code last}, each the request's address with another page number.
 */
public final class PageLinks {

    private PageLinks() {}

    /** The links of page {@code page} (from 1) of {@code pages}; a page past the last has prev = the last page. */
    public static Map<String, String> of(int page, int pages, IntFunction<String> hrefOfPage) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", hrefOfPage.apply(page));
        links.put("first", hrefOfPage.apply(1));
        if (page > 1) {
            links.put("prev", hrefOfPage.apply(Math.min(page - 1, pages)));
        }
        if (page < pages) {
            links.put("next", hrefOfPage.apply(page + 1));
        }
        links.put("last", hrefOfPage.apply(pages));
        return links;
    }
}
