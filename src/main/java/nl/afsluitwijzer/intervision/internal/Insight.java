package nl.afsluitwijzer.intervision.internal;

/** Step 5: "Waar kan ik zelf scherper worden in mijn afrondingsmomenten?", with the colleague's name if given. */
public record Insight(Long id, String participant, String content) {}
