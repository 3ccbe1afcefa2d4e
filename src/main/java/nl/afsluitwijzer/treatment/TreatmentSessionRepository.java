package nl.afsluitwijzer.treatment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface TreatmentSessionRepository extends ListCrudRepository<TreatmentSession, Long> {

    List<TreatmentSession> findByTreatmentIdIn(Collection<Long> treatmentIds);
}
