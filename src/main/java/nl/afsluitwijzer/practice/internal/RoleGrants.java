package nl.afsluitwijzer.practice.internal;

import java.util.Arrays;
import java.util.List;
import nl.afsluitwijzer.practice.Role;

/**
 * Who may give which role. Clinical roles (therapist, manager) are given by a manager only: the
 * administrator sees no clinical content, so it must not be able to make itself (or anyone it controls) a
 * clinical account. An administrator gives only the administrator role; a therapist gives none.
 */
public final class RoleGrants {

    private RoleGrants() {}

    public static boolean mayGrant(Role actor, Role granted) {
        return switch (actor) {
            case MANAGER -> true;
            case ADMIN -> granted == Role.ADMIN;
            case THERAPIST -> false;
        };
    }

    /** The roles this actor may give, for the form. */
    public static List<Role> grantableBy(Role actor) {
        return Arrays.stream(Role.values())
                .filter(role -> mayGrant(actor, role))
                .toList();
    }

    public static boolean isClinical(Role role) {
        return role == Role.THERAPIST || role == Role.MANAGER;
    }
}
