package nl.afsluitwijzer.portal.internal;

import java.io.Serializable;
import java.time.Instant;

/** A link just made: its token is shown to the therapist once, to copy or show as a QR code. */
public record IssuedLink(Long id, String token, Instant expiresAt) implements Serializable {}
