package nl.afsluitwijzer.treatment.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.Treatment;

/**
 * Positions on the waiting list: the referrals still waiting for an intake, first registered first (the earlier
 * registered id breaks a tie on the same day). Referrals past intake or ended have no position.
 */
public final class WaitingPositions {

    private WaitingPositions() {}

    /** Position (from 1) by treatment id, of those in phase REFERRED. */
    public static Map<Long, Integer> of(List<Treatment> treatments) {
        List<Treatment> waiting = treatments.stream()
                .filter(t -> t.getPhase() == Phase.REFERRED)
                .sorted(Comparator.comparing(Treatment::getRegistrationDate).thenComparing(Treatment::getId))
                .toList();
        Map<Long, Integer> positions = new HashMap<>();
        for (int i = 0; i < waiting.size(); i++) {
            positions.put(waiting.get(i).getId(), i + 1);
        }
        return positions;
    }
}
