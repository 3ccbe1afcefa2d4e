package nl.afsluitwijzer.closing.internal;

/** Other support the client can turn to after closing (flyer 002: netwerk, WMO, huisarts, digitale zorg, herstel). */
public enum SupportOption {
    POH_GGZ,
    GP,
    WMO,
    RECOVERY_ACADEMY,
    DIGITAL_CARE
}
