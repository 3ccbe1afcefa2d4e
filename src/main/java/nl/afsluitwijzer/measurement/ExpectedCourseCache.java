package nl.afsluitwijzer.measurement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The practices' expected courses as last read, so that a caseload page does not read them again for every request.
 * A practice's entry is dropped when its courses are relearned on this node (after the commit, so no other request
 * caches the courses of before in the meantime) and in any case after {@link #TIME_TO_LIVE}: another node that
 * relearned (the nightly run takes one node, the manager's "compute again" any) is seen at most that late.
 */
@Component
class ExpectedCourseCache {

    /** How long another node's relearned courses may go unseen here. */
    static final Duration TIME_TO_LIVE = Duration.ofMinutes(1);

    private record Entry(Map<String, ExpectedCourse> courses, Instant readAt) {}

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    ExpectedCourseCache(Clock clock) {
        this.clock = clock;
    }

    /** The cached courses of the practice, or those the loader reads now when none are cached or they are too old. */
    Map<String, ExpectedCourse> of(Long practiceId, Function<Long, Map<String, ExpectedCourse>> loader) {
        Instant now = clock.instant();
        Entry entry = entries.get(practiceId);
        if (entry != null
                && !entry.readAt().isAfter(now)
                && now.isBefore(entry.readAt().plus(TIME_TO_LIVE))) {
            return entry.courses();
        }
        Map<String, ExpectedCourse> courses =
                Collections.unmodifiableMap(new LinkedHashMap<>(loader.apply(practiceId)));
        entries.put(practiceId, new Entry(courses, now));
        return courses;
    }

    /** The practice's courses were relearned and committed (or relearned outside a transaction). */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ExpectedCoursesRelearned relearned) {
        entries.remove(relearned.practiceId());
    }
}
