package nl.afsluitwijzer.privacy.internal;

import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;

/** The privacy duties (destruction requests, retention review, the benchmark export) are the manager's. */
public final class ManagerOnly {

    private ManagerOnly() {}

    /** The user, when a manager; refused otherwise. */
    public static CurrentUser require(CurrentUser user) {
        if (!user.isManager()) {
            throw DomainException.forbidden("privacy.manager-only");
        }
        return user;
    }
}
