package nl.afsluitwijzer.intervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import nl.afsluitwijzer.intervision.internal.ContributionOutcome;
import nl.afsluitwijzer.intervision.internal.PledgeKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores what participants add. Every contribution is one inserted row and the unique constraints of
 * the tables decide what counts, so simultaneous participants never overwrite each other. Runs without
 * a surrounding transaction: a refused insert must not abort anything else (PostgreSQL would).
 */
@Component
class Contributions {

    private final JdbcClient jdbc;

    Contributions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ContributionOutcome vote(Participant participant, PollAnswer answer, Instant now) {
        try {
            jdbc.sql("INSERT INTO workshop_vote (workshop_id, participant_id, answer, voted_at) VALUES (?, ?, ?, ?)")
                    .params(participant.workshopId(), participant.id(), answer.name(), Timestamp.from(now))
                    .update();
            return ContributionOutcome.ACCEPTED;
        } catch (DuplicateKeyException e) {
            return ContributionOutcome.ALREADY_GIVEN;
        }
    }

    /** Numbers the participant's cards 1..20; a number taken at the same moment by another request is retried. */
    ContributionOutcome addCard(Participant participant, CardTag tag, String content, Instant now) {
        while (true) {
            int seq = jdbc.sql("""
                    SELECT COALESCE(MAX(seq), 0) + 1 FROM workshop_card WHERE workshop_id = ? AND participant_id = ?""")
                    .params(participant.workshopId(), participant.id())
                    .query(Integer.class)
                    .single();
            if (seq > ContributionLimits.CARDS_PER_PARTICIPANT) {
                return ContributionOutcome.LIMIT_REACHED;
            }
            try {
                jdbc.sql("""
                        INSERT INTO workshop_card (workshop_id, participant_id, seq, board_column, tag, content,
                            created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                        .params(
                                participant.workshopId(),
                                participant.id(),
                                seq,
                                tag.column().name(),
                                tag.name(),
                                content,
                                Timestamp.from(now))
                        .update();
                return ContributionOutcome.ACCEPTED;
            } catch (DuplicateKeyException taken) {
                // another card of this participant got this number first; take the next one
            }
        }
    }

    /** A dot on a visible remedy card, in the first free of the participant's three slots. */
    ContributionOutcome addDot(Participant participant, Long cardId) {
        if (!isVisibleRemedy(participant.workshopId(), cardId)) {
            return ContributionOutcome.NOT_ALLOWED;
        }
        while (true) {
            if (hasDot(participant, cardId)) {
                return ContributionOutcome.ALREADY_GIVEN;
            }
            List<Integer> used = jdbc.sql("SELECT slot FROM workshop_dot WHERE workshop_id = ? AND participant_id = ?")
                    .params(participant.workshopId(), participant.id())
                    .query(Integer.class)
                    .list();
            int slot = 1;
            while (used.contains(slot)) {
                slot++;
            }
            if (slot > ContributionLimits.DOTS_PER_PARTICIPANT) {
                return ContributionOutcome.LIMIT_REACHED;
            }
            try {
                jdbc.sql("INSERT INTO workshop_dot (workshop_id, card_id, participant_id, slot) VALUES (?, ?, ?, ?)")
                        .params(participant.workshopId(), cardId, participant.id(), slot)
                        .update();
                return ContributionOutcome.ACCEPTED;
            } catch (DuplicateKeyException taken) {
                // the slot or the card was taken by a simultaneous request; look again
            }
        }
    }

    void removeDot(Participant participant, Long cardId) {
        jdbc.sql("DELETE FROM workshop_dot WHERE card_id = ? AND participant_id = ?")
                .params(cardId, participant.id())
                .update();
    }

    ContributionOutcome pledge(Participant participant, PledgeKind kind, String content, Instant now) {
        try {
            jdbc.sql("""
                    INSERT INTO workshop_pledge (workshop_id, participant_id, kind, content, created_at)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(participant.workshopId(), participant.id(), kind.name(), content, Timestamp.from(now))
                    .update();
            return ContributionOutcome.ACCEPTED;
        } catch (DuplicateKeyException e) {
            return ContributionOutcome.ALREADY_GIVEN;
        }
    }

    private boolean isVisibleRemedy(Long workshopId, Long cardId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM workshop_card WHERE id = ? AND workshop_id = ? AND board_column = 'REMEDY'
                AND hidden = FALSE""").params(cardId, workshopId).query(Integer.class).single() == 1;
    }

    private boolean hasDot(Participant participant, Long cardId) {
        return jdbc.sql("SELECT COUNT(*) FROM workshop_dot WHERE card_id = ? AND participant_id = ?")
                        .params(cardId, participant.id())
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
