package nl.afsluitwijzer.portal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import nl.afsluitwijzer.portal.internal.LinkStatus;

/** A stored client link: never the token itself, only its hash. */
public record ClientLink(
        Long id,
        Long practiceId,
        Long treatmentId,
        String tokenHash,
        String instruments,
        Long createdBy,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant usedAt,
        LinkPurpose purpose) {

    public List<String> instrumentCodes() {
        return Arrays.stream(instruments.split(",")).filter(s -> !s.isBlank()).toList();
    }

    public LinkStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return LinkStatus.REVOKED;
        }
        if (usedAt != null) {
            return LinkStatus.USED;
        }
        return expiresAt.isAfter(now) ? LinkStatus.VALID : LinkStatus.EXPIRED;
    }
}
