package nl.afsluitwijzer.treatment;

/** Why a referral does not fit short-term care (004_… §1 and §3: complex and long-running problems, triage). */
public enum ScreeningReason {
    TOO_COMPLEX,
    NEEDS_SPECIALIST_CARE,
    OTHER
}
