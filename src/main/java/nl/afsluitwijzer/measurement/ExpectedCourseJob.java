package nl.afsluitwijzer.measurement;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, before the caseload's signal states of the new day are computed (00:05), each practice's expected
 * courses are learned again, one practice per transaction.
 */
@Component
class ExpectedCourseJob {

    private final ExpectedCourses courses;

    ExpectedCourseJob(ExpectedCourses courses) {
        this.courses = courses;
    }

    @Scheduled(cron = "0 1 0 * * *", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "measurement-expected-course", lockAtMostFor = "PT1H")
    void relearnNightly() {
        courses.practices().forEach(courses::relearn);
    }
}
