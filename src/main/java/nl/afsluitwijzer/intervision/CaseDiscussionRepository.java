package nl.afsluitwijzer.intervision;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface CaseDiscussionRepository extends ListCrudRepository<CaseDiscussion, Long> {

    Optional<CaseDiscussion> findByIdAndPracticeId(Long id, Long practiceId);

    List<CaseDiscussion> findByPracticeIdOrderByCreatedAtDesc(Long practiceId);
}
