package nl.afsluitwijzer.practice;

import java.util.Optional;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Every failed sign-in, on every channel, as a failed LOGIN row in the audit log. A typed name that
 * matches no account is logged as {@link #UNKNOWN_USER}, never as typed: people type their password
 * into the name field.
 */
@Service
public class FailedSignIns {

    /** Stands for a typed name that matches no account (like "anonymous" for no sign-in at all). */
    public static final String UNKNOWN_USER = "(unknown user)";

    public static final String PASSWORD = "USER";
    public static final String SECOND_FACTOR = "SECOND_FACTOR";
    public static final String RECOVERY_CODE = "RECOVERY_CODE";
    public static final String API_TOKEN = "API_TOKEN";

    private final UserAccountRepository users;
    private final AuditLog audit;

    FailedSignIns(UserAccountRepository users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    /** A wrong password (or a locked pair) for a typed name, from the web form or HTTP Basic. */
    public void password(String typedName) {
        Optional<UserAccount> account = typedName == null || typedName.length() > 100
                ? Optional.empty()
                : users.findByUsername(typedName.trim());
        record(
                account.map(UserAccount::getUsername).orElse(UNKNOWN_USER),
                PASSWORD,
                account.map(UserAccount::getId).orElse(null));
    }

    /** A wrong, missing or locked-out code of a user whose password was right. */
    public void secondFactor(SignedInUser user, @Nullable String typedCode) {
        String kind = typedCode != null && RecoveryCodes.looksLikeRecoveryCode(typedCode.strip())
                ? RECOVERY_CODE
                : SECOND_FACTOR;
        record(user.getUsername(), kind, user.user().id());
    }

    /** A bearer token that is unknown, revoked or expired; the owner when the token is known. */
    void token(Optional<UserAccount> owner, @Nullable Long tokenId) {
        record(owner.map(UserAccount::getUsername).orElse(UNKNOWN_USER), API_TOKEN, tokenId);
    }

    private void record(String username, String objectType, @Nullable Long objectId) {
        audit.recordAs(
                username,
                null,
                AuditEvent.of(AuditAction.LOGIN, objectType, objectId).failed());
    }
}
