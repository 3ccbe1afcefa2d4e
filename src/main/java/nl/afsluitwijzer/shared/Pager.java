package nl.afsluitwijzer.shared;

import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The pager under a paged table: which rows are shown of how many ("1–50 van 1.234"), page n of m, and the
 * addresses of the first, previous, next and last page (null where there is none), each keeping the filters and
 * the order of the list. Rendered by the fragment fragments/pager.
 */
public record Pager(
        long first,
        long last,
        long total,
        int page,
        int pages,
        @Nullable String firstHref,
        @Nullable String previousHref,
        @Nullable String nextHref,
        @Nullable String lastHref) {

    /** The pager of page {@code page} (from 1) of {@code size} rows, {@code shown} of them on it, of {@code total}. */
    public static Pager of(int page, int size, int shown, long total, IntFunction<String> hrefOfPage) {
        int pages = pages(total, size);
        long first = shown == 0 ? 0 : (long) (page - 1) * size + 1;
        long last = shown == 0 ? 0 : first + shown - 1;
        return new Pager(
                first,
                last,
                total,
                page,
                pages,
                page > 1 ? hrefOfPage.apply(1) : null,
                page > 1 ? hrefOfPage.apply(Math.min(page - 1, pages)) : null,
                page < pages ? hrefOfPage.apply(page + 1) : null,
                page < pages ? hrefOfPage.apply(pages) : null);
    }

    /** The number of pages of {@code total} rows, at least 1. */
    public static int pages(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** Whether there is more than one page (otherwise only the count is shown). */
    public boolean paged() {
        return pages > 1;
    }
}
