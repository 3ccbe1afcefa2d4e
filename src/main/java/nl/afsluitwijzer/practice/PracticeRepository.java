package nl.afsluitwijzer.practice;

import org.springframework.data.repository.ListCrudRepository;

public interface PracticeRepository extends ListCrudRepository<Practice, Long> {}
