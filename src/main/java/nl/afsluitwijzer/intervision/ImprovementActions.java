package nl.afsluitwijzer.intervision;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The improvement actions a practice recorded in intervision over a period, for its Norm 1 report: the working
 * principles chosen in workshops (not hidden cards), the pledges, the action options and insights of case
 * discussions (dated when finished, or started if still running) and the knowledge-base lessons. Never a
 * participant's or colleague's name. No access check here: the caller (the manager's report) checks.
 */
@Service
@Transactional(readOnly = true)
public class ImprovementActions {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;

    ImprovementActions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Both days included, by date and then kind. */
    public List<ImprovementAction> between(Long practiceId, LocalDate from, LocalDate to) {
        Timestamp start = Timestamp.from(from.atStartOfDay(AMSTERDAM).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(AMSTERDAM).toInstant());
        List<ImprovementAction> actions = new ArrayList<>();
        actions.addAll(query("""
                SELECT w.started_at AS at, NULL AS code, c.content FROM workshop_card c
                JOIN workshop w ON w.id = c.workshop_id
                WHERE w.practice_id = ? AND w.started_at >= ? AND w.started_at < ? AND c.chosen AND NOT c.hidden
                ORDER BY c.id""", ImprovementAction.Kind.WORKING_PRINCIPLE, practiceId, start, end));
        actions.addAll(query("""
                SELECT w.started_at AS at, p.kind AS code, p.content FROM workshop_pledge p
                JOIN workshop w ON w.id = p.workshop_id
                WHERE w.practice_id = ? AND w.started_at >= ? AND w.started_at < ? ORDER BY p.id""", ImprovementAction.Kind.PLEDGE, practiceId, start, end));
        actions.addAll(query("""
                SELECT COALESCE(d.finished_at, d.started_at) AS at, e.system_level AS code, e.content
                FROM case_worksheet_entry e JOIN case_discussion d ON d.id = e.case_discussion_id
                WHERE d.practice_id = ? AND e.kind = 'ACTION' AND COALESCE(d.finished_at, d.started_at) >= ?
                    AND COALESCE(d.finished_at, d.started_at) < ?
                ORDER BY e.id""", ImprovementAction.Kind.ACTION_OPTION, practiceId, start, end));
        actions.addAll(query("""
                SELECT COALESCE(d.finished_at, d.started_at) AS at, NULL AS code, i.content
                FROM case_insight i JOIN case_discussion d ON d.id = i.case_discussion_id
                WHERE d.practice_id = ? AND COALESCE(d.finished_at, d.started_at) >= ?
                    AND COALESCE(d.finished_at, d.started_at) < ?
                ORDER BY i.id""", ImprovementAction.Kind.INSIGHT, practiceId, start, end));
        actions.addAll(query("""
                SELECT l.created_at AS at, l.theme AS code, l.content FROM intervision_lesson l
                WHERE l.practice_id = ? AND l.created_at >= ? AND l.created_at < ? ORDER BY l.id""", ImprovementAction.Kind.LESSON, practiceId, start, end));
        return actions.stream()
                .sorted(Comparator.comparing(ImprovementAction::date).thenComparing(ImprovementAction::kind))
                .toList();
    }

    private List<ImprovementAction> query(
            String sql, ImprovementAction.Kind kind, Long practiceId, Timestamp start, Timestamp end) {
        return jdbc.sql(sql)
                .params(practiceId, start, end)
                .query((rs, row) -> new ImprovementAction(
                        rs.getTimestamp("at").toInstant().atZone(AMSTERDAM).toLocalDate(),
                        kind,
                        rs.getString("code"),
                        rs.getString("content")))
                .list();
    }
}
