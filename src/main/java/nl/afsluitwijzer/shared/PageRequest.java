package nl.afsluitwijzer.shared;

import org.jspecify.annotations.Nullable;

/**
 * The page and page size a list was asked for in the address, read leniently for a person: a missing value is the
 * default, a value that is no number or out of range is the default too, with the key of a message saying so.
 */
public record PageRequest(int page, int size, @Nullable String problemKey) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** The page and size of the address's values (either may be null). */
    public static PageRequest parse(@Nullable String page, @Nullable String size) {
        Integer askedPage = number(page);
        Integer askedSize = number(size);
        String problem = null;
        if (page != null && (askedPage == null || askedPage < 1)) {
            problem = "pager.invalid-page";
            askedPage = 1;
        }
        if (size != null && (askedSize == null || askedSize < 1 || askedSize > MAX_SIZE)) {
            problem = "pager.invalid-size";
            askedSize = DEFAULT_SIZE;
        }
        return new PageRequest(
                askedPage == null ? 1 : askedPage, askedSize == null ? DEFAULT_SIZE : askedSize, problem);
    }

    /**
     * The page and size an API call asked for, strictly: a missing value is the default, a value out of range is
     * refused (400 problem+json naming the parameter).
     */
    public static PageRequest strict(@Nullable Integer page, @Nullable Integer size) {
        if (page != null && page < 1) {
            throw DomainException.refused("api.error.page-number");
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            throw DomainException.refused("api.error.page-size", MAX_SIZE);
        }
        return new PageRequest(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size, null);
    }

    /** The number of pages of {@code total} rows, at least 1. */
    public int pagesOf(long total) {
        return Pager.pages(total, size);
    }

    /** The same size, another page, with the key of the message that says why. */
    public PageRequest withPage(int other, String problem) {
        return new PageRequest(other, size, problem);
    }

    /** The position of the page's first row from 0. */
    public long offset() {
        return (long) (page - 1) * size;
    }

    private static @Nullable Integer number(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}
