package nl.afsluitwijzer.treatment;

import java.util.List;

/**
 * A client's record is being destroyed (AVG art. 17, WGBO art. 7:455 BW): published synchronously inside the
 * destroying transaction, before the treatment module deletes its own rows, so every module that keeps rows of
 * these treatments deletes them first. A listener that fails rolls the whole destruction back.
 */
public record ClientErasure(Long clientId, List<Long> treatmentIds) {

    /** Only published for a client with treatments, so a listener never meets an empty list. */
    public ClientErasure {
        if (treatmentIds.isEmpty()) {
            throw new IllegalArgumentException("a client erasure concerns at least one treatment");
        }
        treatmentIds = List.copyOf(treatmentIds);
    }
}
