package nl.afsluitwijzer.intervision;

/** An anonymous participant of one workshop; the browser proves who it is with a random id in a cookie. */
public record Participant(Long id, Long workshopId) {}
