package nl.afsluitwijzer.signal.web;

/**
 * A sortable column header of the caseload: its label, the address a click opens (the other direction, or ascending),
 * and its aria-sort state.
 */
public record SortHeader(String parameter, String labelKey, String href, String ariaSort) {

    public boolean active() {
        return !"none".equals(ariaSort);
    }

    public boolean descending() {
        return "descending".equals(ariaSort);
    }

    /** What a click does, for the link's hidden text: sort descending on the active ascending column, else ascending. */
    public String actionKey() {
        return active() && !descending() ? "caseload.sort.click-descending" : "caseload.sort.click-ascending";
    }
}
