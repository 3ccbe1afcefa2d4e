package nl.afsluitwijzer.treatment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface DiscussionRepository extends ListCrudRepository<Discussion, Long> {

    List<Discussion> findByTreatmentIdOrderByDiscussedOnAscIdAsc(Long treatmentId);

    List<Discussion> findByTreatmentIdIn(Collection<Long> treatmentIds);
}
