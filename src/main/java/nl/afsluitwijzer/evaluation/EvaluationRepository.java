package nl.afsluitwijzer.evaluation;

import org.springframework.data.repository.ListCrudRepository;

public interface EvaluationRepository extends ListCrudRepository<Evaluation, Long> {}
