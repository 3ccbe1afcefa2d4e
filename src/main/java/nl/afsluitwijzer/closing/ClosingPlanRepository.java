package nl.afsluitwijzer.closing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ClosingPlanRepository extends ListCrudRepository<ClosingPlan, Long> {

    Optional<ClosingPlan> findByTreatmentId(Long treatmentId);

    /** The plans of every treatment of a practice: a join, not a list of treatment ids. */
    @Query("SELECT p.* FROM closing_plan p JOIN treatment t ON t.id = p.treatment_id WHERE t.practice_id = :practiceId")
    List<ClosingPlan> findByPracticeId(Long practiceId);
}
