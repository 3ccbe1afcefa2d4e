package nl.afsluitwijzer.privacy;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface DestructionRequestRepository extends ListCrudRepository<DestructionRequest, Long> {

    List<DestructionRequest> findByPracticeIdAndClientIdOrderByReceivedOnDescIdDesc(Long practiceId, Long clientId);

    List<DestructionRequest> findByPracticeIdOrderByReceivedOnDescIdDesc(Long practiceId);

    boolean existsByPracticeIdAndOpenClientId(Long practiceId, Long clientId);
}
