package nl.afsluitwijzer.intervision;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface WorkshopRepository extends ListCrudRepository<Workshop, Long> {

    Optional<Workshop> findByIdAndPracticeId(Long id, Long practiceId);

    Optional<Workshop> findByOpenJoinCode(String openJoinCode);

    List<Workshop> findByPracticeIdOrderByStartedAtDesc(Long practiceId);
}
