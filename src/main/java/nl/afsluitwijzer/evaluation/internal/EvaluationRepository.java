package nl.afsluitwijzer.evaluation.internal;

import nl.afsluitwijzer.evaluation.Evaluation;
import org.springframework.data.repository.ListCrudRepository;

public interface EvaluationRepository extends ListCrudRepository<Evaluation, Long> {}
