package nl.afsluitwijzer.treatment;

import org.springframework.data.repository.ListCrudRepository;

public interface DiscussionRepository extends ListCrudRepository<Discussion, Long> {}
