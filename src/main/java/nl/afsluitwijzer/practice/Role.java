package nl.afsluitwijzer.practice;

/** What a user may see and do; see DESIGN.md, Users. */
public enum Role {
    THERAPIST,
    MANAGER,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
