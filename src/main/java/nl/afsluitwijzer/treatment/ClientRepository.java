package nl.afsluitwijzer.treatment;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface ClientRepository extends ListCrudRepository<Client, Long> {

    Optional<Client> findByPracticeIdAndReference(Long practiceId, String reference);
}
