package nl.afsluitwijzer.intervision;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Registers anonymous participants and recognises them by their cookie; only a hash of it is stored. */
@Component
class WorkshopParticipants {

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    WorkshopParticipants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Participant> identify(Long workshopId, @Nullable String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM workshop_participant WHERE workshop_id = ? AND token_hash = ?")
                .params(workshopId, hash(token))
                .query(Long.class)
                .optional()
                .map(id -> new Participant(id, workshopId));
    }

    /** A new participant with a fresh random id; empty when the session is full (a soft cap). */
    Optional<Joined> register(Long workshopId, Instant now) {
        if (count(workshopId) >= ContributionLimits.PARTICIPANTS_PER_WORKSHOP) {
            return Optional.empty();
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO workshop_participant (workshop_id, token_hash, joined_at) VALUES (?, ?, ?)")
                .params(workshopId, hash(token), Timestamp.from(now))
                .update();
        return identify(workshopId, token).map(participant -> new Joined(participant, token));
    }

    int count(Long workshopId) {
        return jdbc.sql("SELECT COUNT(*) FROM workshop_participant WHERE workshop_id = ?")
                .param(workshopId)
                .query(Integer.class)
                .single();
    }

    private static String hash(String token) {
        return DigestUtils.sha256Hex(token);
    }
}
