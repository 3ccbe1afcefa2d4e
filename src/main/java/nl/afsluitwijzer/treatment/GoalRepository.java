package nl.afsluitwijzer.treatment;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface GoalRepository extends ListCrudRepository<Goal, Long> {

    List<Goal> findByTreatmentIdOrderByAddedOnAscIdAsc(Long treatmentId);

    List<Goal> findByTreatmentIdIn(java.util.Collection<Long> treatmentIds);
}
