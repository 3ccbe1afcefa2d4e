package nl.afsluitwijzer.practice;

/** What a user may see and do; see docs/architecture.md and the README's security section. */
public enum Role {
    THERAPIST,
    MANAGER,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
