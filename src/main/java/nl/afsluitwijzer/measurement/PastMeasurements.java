package nl.afsluitwijzer.measurement;

import org.springframework.stereotype.Component;

/**
 * Stores measurements taken in the past, without a signed-in user: the demo module writes the demo practice's
 * measurement histories with it at start-up. The caller scores the totals with the {@link InstrumentCatalog}.
 */
@Component
public class PastMeasurements {

    private final MeasurementRepository repository;

    PastMeasurements(MeasurementRepository repository) {
        this.repository = repository;
    }

    /** Stores the measurement as it is (its id is ignored; measurements are never changed). */
    public void record(MeasurementRecord measurement) {
        repository.insert(measurement);
    }
}
