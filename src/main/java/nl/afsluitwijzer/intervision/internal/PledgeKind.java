package nl.afsluitwijzer.intervision.internal;

/** Step 4: "Ik ga oefenen met…" or "Ik wil meer aandacht geven aan…". */
public enum PledgeKind {
    PRACTISE,
    ATTENTION
}
