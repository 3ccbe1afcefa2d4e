package nl.afsluitwijzer.intervision;

/** Free text typed by people: stored as one trimmed line, never longer than its column. */
final class FreeText {

    private FreeText() {}

    /** Control characters and line breaks flattened to single spaces; refused when empty or too long. */
    static String oneLine(String text, int maxLength) {
        String flat =
                text == null ? "" : text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (flat.isEmpty() || flat.length() > maxLength) {
            throw new IllegalArgumentException("text must have 1 to " + maxLength + " characters");
        }
        return flat;
    }
}
