package nl.afsluitwijzer.signal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.signal.Signals;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every row the caseload serves from the stored signal state of today equals the row made from the engine's answer
 * for the same treatment at the same moment, field by field (signals with their arguments, n, E, halfway, weeks, the
 * latest score and its outcome, client, phase, dates, therapist): over the whole demo practice, as its manager sees
 * it on the caseload page (page, risk items and waiting referrals) and in the API, and a therapist's whole caseload.
 */
@IntegrationTest
class StoredCaseloadEntriesTest {

    @Autowired
    Caseloads caseloads;

    @Autowired
    Signals signals;

    @Autowired
    Treatments treatments;

    @Autowired
    TestTreatments fixtures;

    @Test
    void aTherapistsWholeCaseloadIsTheEnginesRows() {
        fixtures.as("behandelaar", () -> {
            CurrentUser therapist = CurrentUser.require();
            LocalDate today = PracticeDay.today();
            caseloads.whole(therapist);
            List<CaseloadEntry> served = caseloads.whole(therapist);

            List<CaseloadEntry> evaluated = signals.caseload(therapist, today, null).stream()
                    .map(result -> CaseloadEntry.of(result, today))
                    .sorted(java.util.Comparator.comparingLong(CaseloadEntry::treatmentId))
                    .toList();
            assertThat(served).hasSizeGreaterThan(10).isEqualTo(evaluated);
        });
    }

    @Test
    void everyStoredRowIsTheEnginesRow() {
        fixtures.as("manager", () -> {
            CurrentUser manager = CurrentUser.require();
            LocalDate today = PracticeDay.today();
            CaseloadQuery all = new CaseloadQuery(null, null, null, true, "id", false, 1, 200);
            caseloads.list(manager, all, today);

            List<CaseloadEntry> served =
                    new ArrayList<>(caseloads.list(manager, all, today).entries());
            CaseloadPage page =
                    caseloads.page(manager, new CaseloadQuery(null, null, null, false, "id", false, 1, 200));
            served.addAll(page.rows());
            served.addAll(page.risks());
            served.addAll(page.waiting());

            Map<Long, CaseloadEntry> evaluated = new HashMap<>();
            signals.evaluate(
                            treatments.visibleOpenAmong(
                                    manager,
                                    null,
                                    served.stream()
                                            .map(CaseloadEntry::treatmentId)
                                            .distinct()
                                            .toList()),
                            today)
                    .forEach(result -> evaluated.put(result.file().id(), CaseloadEntry.of(result, today)));

            assertThat(served).hasSizeGreaterThan(20);
            assertThat(served.stream().filter(e -> !e.signals().isEmpty())).hasSizeGreaterThan(10);
            assertThat(served.stream().filter(e -> e.outcome() != null)).isNotEmpty();
            for (CaseloadEntry entry : served) {
                assertThat(entry).isEqualTo(evaluated.get(entry.treatmentId()));
            }
        });
    }
}
