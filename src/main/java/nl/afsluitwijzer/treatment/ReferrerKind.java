package nl.afsluitwijzer.treatment;

/** Who referred the client to the practice (004_… §1: the GP and the POH-GGZ guard the front door). */
public enum ReferrerKind {
    GP,
    POH_GGZ,
    SELF,
    OTHER
}
