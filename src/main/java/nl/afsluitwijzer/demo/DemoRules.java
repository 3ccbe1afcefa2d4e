package nl.afsluitwijzer.demo;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.afsluitwijzer.treatment.SessionKind;
import org.jspecify.annotations.Nullable;

/**
 * The rules between the fields of the demo data file, which single-field constraints cannot express: a reference
 * used once, a path of allowed phase changes, dates in order, and sessions that what refers to them (goals,
 * evaluations, discussions) really has. Each problem names the field, as {@code path[1]} or {@code screening.weeksAgo}.
 * The file and a block of sessions are checked here, an entry by {@link DemoEntryRules}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {DemoRules.FileRules.class, DemoEntryRules.class, DemoRules.BlockRules.class})
@interface DemoRules {

    String message() default "is not consistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Collects the problems of one validated object, each on the field it names. */
    final class Problems {

        private final ConstraintValidatorContext context;
        private boolean none = true;

        Problems(ConstraintValidatorContext context) {
            this.context = context;
            context.disableDefaultConstraintViolation();
        }

        void require(boolean condition, String field, String problem) {
            if (!condition) {
                fail(field, problem);
            }
        }

        void fail(String field, String problem) {
            none = false;
            context.buildConstraintViolationWithTemplate(problem.replaceAll("([\\\\{}$])", "\\\\$1"))
                    .addPropertyNode(field)
                    .addConstraintViolation();
        }

        boolean none() {
            return none;
        }
    }

    /** No two entries share a reference. */
    final class FileRules implements ConstraintValidator<DemoRules, DemoFile> {

        @Override
        public boolean isValid(DemoFile file, ConstraintValidatorContext context) {
            List<DemoFile.Entry> entries = file.treatments() == null ? List.of() : file.treatments();
            Set<String> references = new HashSet<>();
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            for (int i = 0; i < entries.size(); i++) {
                DemoFile.Entry e = entries.get(i);
                if (e != null && e.reference() != null && !references.add(e.reference())) {
                    valid = false;
                    context.buildConstraintViolationWithTemplate("is used by an earlier entry too")
                            .addPropertyNode("treatments")
                            .addPropertyNode("reference")
                            .inIterable()
                            .atIndex(i)
                            .addConstraintViolation();
                }
            }
            return valid;
        }
    }

    /** One block of sessions: its positions lie within it, and it has an interval when it has more than one. */
    final class BlockRules implements ConstraintValidator<DemoRules, DemoFile.SessionBlock> {

        private static final int MIN_INTERVAL_DAYS = 3;

        @Override
        public boolean isValid(DemoFile.SessionBlock block, ConstraintValidatorContext context) {
            Problems problems = new Problems(context);
            problems.require(
                    block.kind() != SessionKind.INTAKE,
                    "kind",
                    "must not be INTAKE: the intake session comes with intakeWeeksAgo");
            Integer count = block.count();
            if (count != null) {
                problems.require(
                        count == 1 && block.everyDays() == null
                                || block.everyDays() != null && block.everyDays() >= MIN_INTERVAL_DAYS,
                        "everyDays",
                        "must be " + MIN_INTERVAL_DAYS + " or more (and is required for more than one session)");
                positions(problems, block.missed(), count, "missed");
                positions(problems, block.evaluationAt(), count, "evaluationAt");
            }
            problems.require(
                    block.evaluationAt() == null
                            || block.evaluationAt().isEmpty()
                            || block.kind() == null
                            || block.kind() == SessionKind.TREATMENT,
                    "evaluationAt",
                    "is for a block of TREATMENT sessions only");
            return problems.none();
        }

        private static void positions(Problems problems, @Nullable List<Integer> positions, int count, String field) {
            for (Integer position : positions == null ? List.<Integer>of() : positions) {
                problems.require(
                        position != null && position >= 1 && position <= count,
                        field,
                        "position " + position + " is not within the block's " + count + " sessions");
            }
        }
    }
}
