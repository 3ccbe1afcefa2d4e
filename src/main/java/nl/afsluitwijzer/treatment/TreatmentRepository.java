package nl.afsluitwijzer.treatment;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface TreatmentRepository extends ListCrudRepository<Treatment, Long> {

    @Query("SELECT t.id FROM treatment t WHERE t.practice_id = :practiceId")
    List<Long> findIdsByPracticeId(Long practiceId);

    @Query("SELECT t.therapist_id FROM treatment t WHERE t.id = :id")
    java.util.Optional<Long> findTherapistIdById(Long id);

    @Query("SELECT t.practice_id FROM treatment t WHERE t.id = :id")
    java.util.Optional<Long> findPracticeIdById(Long id);

    List<Treatment> findByClientId(Long clientId);

    /** How many referrals of the practice wait for an intake ahead of this one (as {@link WaitingPositions} orders). */
    @Query("""
            SELECT COUNT(*) FROM treatment t WHERE t.practice_id = :practiceId AND t.phase = 'REFERRED'
              AND (t.registration_date < :registered OR (t.registration_date = :registered AND t.id < :id))""")
    long countWaitingAhead(Long practiceId, java.time.LocalDate registered, Long id);
}
