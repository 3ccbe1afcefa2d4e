package nl.afsluitwijzer.treatment;

import java.util.List;

/** A client with every treatment of theirs, as read for an inzage or a destruction. */
public record ClientRecord(Client client, List<TreatmentFile> treatments) {

    public ClientRecord {
        treatments = List.copyOf(treatments);
    }

    public List<Long> treatmentIds() {
        return treatments.stream().map(TreatmentFile::id).toList();
    }
}
