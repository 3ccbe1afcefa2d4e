package nl.afsluitwijzer.measurement;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expected course of each instrument per practice (docs/expected-course.md): learned from the practice's own
 * closed treatments, stored with its date and the number of treatments, recomputed nightly and on demand.
 */
@Service
@Transactional
public class ExpectedCourses {

    static final String OBJECT = "EXPECTED_COURSE";

    private final ExpectedCourseRepository repository;
    private final ExpectedCourseCache cache;
    private final InstrumentCatalog instruments;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExpectedCourses(
            ExpectedCourseRepository repository,
            ExpectedCourseCache cache,
            InstrumentCatalog instruments,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.cache = cache;
        this.instruments = instruments;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The courses of the practice by instrument code, for every instrument that is not rated per goal: the stored
     * one, or the default curve when none was stored yet. Checks no access: a course holds no client's data. Read
     * through {@link ExpectedCourseCache}: relearned courses of another node show here within a minute.
     */
    @Transactional(readOnly = true)
    public Map<String, ExpectedCourse> of(Long practiceId) {
        return cache.of(practiceId, this::read);
    }

    private Map<String, ExpectedCourse> read(Long practiceId) {
        Map<String, ExpectedCourseRepository.Stored> stored = repository.find(practiceId);
        Map<String, ExpectedCourse> courses = new LinkedHashMap<>();
        for (Instrument instrument : instruments.all()) {
            if (!instrument.perGoal()) {
                ExpectedCourseRepository.Stored found = stored.get(instrument.code());
                courses.put(
                        instrument.code(),
                        found == null
                                ? ExpectedCourse.defaultFor(instrument, 0, null)
                                : new ExpectedCourse(instrument, found.fit(), found.treatments(), found.computedAt()));
            }
        }
        return courses;
    }

    /** The course of one instrument of the practice; empty for an unknown or per-goal instrument. */
    @Transactional(readOnly = true)
    public Optional<ExpectedCourse> of(Long practiceId, String instrument) {
        return Optional.ofNullable(of(practiceId).get(instrument));
    }

    /** Learns every instrument's course of the practice again from its closed treatments and stores it. */
    public Map<String, ExpectedCourse> relearn(Long practiceId) {
        Map<String, CourseLearner> learners = new LinkedHashMap<>();
        repository.points(
                practiceId,
                (instrument, treatment, baseline, session, score) -> learners.computeIfAbsent(
                                instrument, code -> new CourseLearner())
                        .add(treatment, baseline, session, score));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<ExpectedCourseRepository.Stored> courses = learners.entrySet().stream()
                .filter(entry -> instruments.find(entry.getKey()).isPresent())
                .map(entry -> new ExpectedCourseRepository.Stored(
                        entry.getKey(),
                        now,
                        entry.getValue().treatments(),
                        entry.getValue().treatments() >= ExpectedCourse.MINIMUM_TREATMENTS
                                ? entry.getValue().fit().orElse(null)
                                : null))
                .toList();
        repository.replace(practiceId, courses);
        events.publishEvent(new ExpectedCoursesRelearned(practiceId));
        return read(practiceId);
    }

    /** The manager's "compute again": the signed-in manager's practice, audit-logged. */
    public Map<String, ExpectedCourse> relearnForCurrentManager(CurrentUser user) {
        if (!user.isManager()) {
            throw new IllegalStateException("only a manager computes the expected courses again");
        }
        Map<String, ExpectedCourse> courses = relearn(user.practiceId());
        audit.record(AuditEvent.of(AuditAction.UPDATE, OBJECT, user.practiceId()));
        return courses;
    }

    /** The practices to learn for at night. */
    @Transactional(readOnly = true)
    public List<Long> practices() {
        return repository.practices();
    }
}
