package nl.afsluitwijzer.intervision;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.intervision.internal.BoardColumn;
import nl.afsluitwijzer.intervision.internal.ParticipantView;
import nl.afsluitwijzer.intervision.internal.PollResults;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a workshop's board for the projector, and one participant's own part for their phone. */
@Component
class WorkshopBoards {

    private static final String CARDS = """
            SELECT c.id, c.participant_id, c.board_column, c.tag, c.content, c.chosen, c.hidden,
                   (SELECT COUNT(*) FROM workshop_dot d WHERE d.card_id = c.id) AS dots
            FROM workshop_card c WHERE c.workshop_id = ?""";

    private final JdbcClient jdbc;
    private final WorkshopParticipants participants;

    WorkshopBoards(JdbcClient jdbc, WorkshopParticipants participants) {
        this.jdbc = jdbc;
        this.participants = participants;
    }

    WorkshopBoard of(Long workshopId) {
        List<Pledge> pledges = jdbc.sql("SELECT kind, content FROM workshop_pledge WHERE workshop_id = ? ORDER BY id")
                .param(workshopId)
                .query(Pledge.class)
                .list();
        return new WorkshopBoard(participants.count(workshopId), poll(workshopId), cards(workshopId), pledges);
    }

    ParticipantView seenBy(Participant participant) {
        Long workshopId = participant.workshopId();
        PollAnswer answer = jdbc.sql("SELECT answer FROM workshop_vote WHERE workshop_id = ? AND participant_id = ?")
                .params(workshopId, participant.id())
                .query(String.class)
                .optional()
                .flatMap(PollAnswer::parse)
                .orElse(null);
        List<MatrixCard> cards = cards(workshopId);
        List<MatrixCard> own = cards.stream()
                .filter(card -> participant.id().equals(card.participantId()))
                .toList();
        List<MatrixCard> remedies = cards.stream()
                .filter(card -> card.boardColumn() == BoardColumn.REMEDY && !card.hidden())
                .toList();
        List<Long> dotted = jdbc.sql("SELECT card_id FROM workshop_dot WHERE workshop_id = ? AND participant_id = ?")
                .params(workshopId, participant.id())
                .query(Long.class)
                .list();
        Pledge pledge = jdbc.sql(
                        "SELECT kind, content FROM workshop_pledge WHERE workshop_id = ? AND participant_id = ?")
                .params(Arrays.asList(workshopId, participant.id()))
                .query(Pledge.class)
                .optional()
                .orElse(null);
        return new ParticipantView(answer, own, remedies, new HashSet<>(dotted), pledge);
    }

    private PollResults poll(Long workshopId) {
        Map<PollAnswer, Integer> counts = new EnumMap<>(PollAnswer.class);
        jdbc.sql("SELECT answer, COUNT(*) AS votes FROM workshop_vote WHERE workshop_id = ? GROUP BY answer")
                .param(workshopId)
                .query((row, n) -> Map.entry(row.getString("answer"), row.getInt("votes")))
                .list()
                .forEach(entry -> PollAnswer.parse(entry.getKey()).ifPresent(a -> counts.put(a, entry.getValue())));
        return new PollResults(counts);
    }

    private List<MatrixCard> cards(Long workshopId) {
        return jdbc.sql(CARDS + " ORDER BY c.id")
                .param(workshopId)
                .query(MatrixCard.class)
                .list();
    }
}
