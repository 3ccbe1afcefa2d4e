package nl.afsluitwijzer.treatment;

import java.util.List;

/**
 * A client's record is being destroyed (AVG art. 17, WGBO art. 7:455 BW): published synchronously inside the
 * destroying transaction, before the treatment module deletes its own rows, so every module that keeps rows of
 * these treatments deletes them first. A listener that fails rolls the whole destruction back.
 */
public record ClientErasure(Long clientId, List<Long> treatmentIds) {

    public ClientErasure {
        treatmentIds = List.copyOf(treatmentIds);
    }
}
