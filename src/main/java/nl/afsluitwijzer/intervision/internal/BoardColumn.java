package nl.afsluitwijzer.intervision.internal;

/** The two columns of the matrix of step 2 (source 000: "Links: redenen …", "Rechts: wat helpt wél?"). */
public enum BoardColumn {
    OBSTACLE,
    REMEDY
}
