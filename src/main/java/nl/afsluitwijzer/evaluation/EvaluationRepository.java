package nl.afsluitwijzer.evaluation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface EvaluationRepository extends ListCrudRepository<Evaluation, Long> {

    List<Evaluation> findByTreatmentIdOrderByEvaluatedOnAscIdAsc(Long treatmentId);

    List<Evaluation> findByTreatmentIdIn(Collection<Long> treatmentIds);
}
