package nl.afsluitwijzer.demo;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rules between the fields of {@code demo/measurements.json}: a measurement has exactly one way to give its
 * date, a series (the primary totals, a goal's ratings) has one measurement per date, and a goal has one entry. Each
 * problem names the field, as {@code primary[3]}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(
        validatedBy = {
            DemoMeasurementRules.DateRule.class,
            DemoMeasurementRules.EntryRules.class,
            DemoMeasurementRules.GoalRules.class
        })
@interface DemoMeasurementRules {

    String message() default "is not consistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A total or a rating is dated by its session or by days after the start, not both and not neither. */
    final class DateRule implements ConstraintValidator<DemoMeasurementRules, DemoMeasurementFile.Dated> {

        @Override
        public boolean isValid(DemoMeasurementFile.Dated measurement, ConstraintValidatorContext context) {
            if ((measurement.atSession() == null) != (measurement.daysAfterStart() == null)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("give exactly one of atSession and daysAfterStart")
                    .addConstraintViolation();
            return false;
        }
    }

    /** The primary totals have one per date, and every goal is rated in one entry. */
    final class EntryRules implements ConstraintValidator<DemoMeasurementRules, DemoMeasurementFile.Entry> {

        @Override
        public boolean isValid(DemoMeasurementFile.Entry entry, ConstraintValidatorContext context) {
            DemoRules.Problems problems = new DemoRules.Problems(context);
            onePerDate(problems, entry.primary(), "primary");
            Map<Integer, Integer> goals = new HashMap<>();
            List<DemoMeasurementFile.GoalRatings> ratings = entry.goals() == null ? List.of() : entry.goals();
            for (int i = 0; i < ratings.size(); i++) {
                DemoMeasurementFile.GoalRatings goal = ratings.get(i);
                Integer earlier = goal == null || goal.goal() == null ? null : goals.putIfAbsent(goal.goal(), i);
                problems.require(
                        earlier == null,
                        "goals[" + i + "].goal",
                        "goal " + (goal == null ? null : goal.goal()) + " is rated in goals[" + earlier
                                + "] already; one entry per goal");
            }
            return problems.none();
        }

        /** No two measurements of a series on the same session, or the same number of days after the start. */
        static void onePerDate(
                DemoRules.Problems problems, @Nullable List<? extends DemoMeasurementFile.Dated> series, String field) {
            Map<String, Integer> dates = new HashMap<>();
            List<? extends DemoMeasurementFile.Dated> measurements = series == null ? List.of() : series;
            for (int i = 0; i < measurements.size(); i++) {
                DemoMeasurementFile.Dated measurement = measurements.get(i);
                if (measurement == null) {
                    continue;
                }
                String date = measurement.atSession() != null
                        ? "session " + measurement.atSession()
                        : measurement.daysAfterStart() != null
                                ? measurement.daysAfterStart() + " days after the start"
                                : null;
                Integer earlier = date == null ? null : dates.putIfAbsent(date, i);
                problems.require(
                        earlier == null,
                        field + "[" + i + "]",
                        "is on the same date as " + field + "[" + earlier + "] (" + date + "); one per date");
            }
        }
    }

    /** A goal's ratings have one per date. */
    final class GoalRules implements ConstraintValidator<DemoMeasurementRules, DemoMeasurementFile.GoalRatings> {

        @Override
        public boolean isValid(DemoMeasurementFile.GoalRatings goal, ConstraintValidatorContext context) {
            DemoRules.Problems problems = new DemoRules.Problems(context);
            EntryRules.onePerDate(problems, goal.ratings(), "ratings");
            return problems.none();
        }
    }
}
