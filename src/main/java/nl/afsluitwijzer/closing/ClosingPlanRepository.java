package nl.afsluitwijzer.closing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ClosingPlanRepository extends ListCrudRepository<ClosingPlan, Long> {

    Optional<ClosingPlan> findByTreatmentId(Long treatmentId);

    List<ClosingPlan> findByTreatmentIdIn(Collection<Long> treatmentIds);
}
