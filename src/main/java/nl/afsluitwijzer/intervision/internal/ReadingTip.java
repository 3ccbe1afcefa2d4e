package nl.afsluitwijzer.intervision.internal;

/**
 * The reading tips that the working form "Complexe casuïstiek" (source 001) gives for step 4, shipped with the
 * knowledge base. Each has a reference as the source names it (author, year where given, title) and what the
 * source says it is about, in the message bundle {@code messages/intervision-knowledge}.
 */
public enum ReadingTip {
    OBERJE_2016,
    HENDRIKSEN;

    public String key() {
        return "intervision.knowledge.reading." + name();
    }
}
