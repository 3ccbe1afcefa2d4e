package nl.afsluitwijzer.practice.internal;

import org.springframework.data.repository.ListCrudRepository;

public interface PracticeRepository extends ListCrudRepository<Practice, Long> {}
