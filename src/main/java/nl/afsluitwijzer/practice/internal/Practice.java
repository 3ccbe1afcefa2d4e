package nl.afsluitwijzer.practice.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A practice (or practice group) whose users share one set of clients and one policy. */
public class Practice {

    @Id
    private @Nullable Long id;

    private String name;
    /** False only for the demo practice: its users may sign in without a second factor until they enrol. */
    private boolean twoFactorRequired;
    /** The practice policy for therapists; managers and administrators always need a second factor. */
    private boolean therapistsNeedTwoFactor;

    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    protected Practice() {}

    public Practice(String name) {
        this.name = name;
        this.twoFactorRequired = true;
        this.therapistsNeedTwoFactor = true;
    }

    /** The demo practice: two-factor sign-in is offered but not enforced (see SecondFactorPolicy). */
    public static Practice demo(String name) {
        Practice practice = new Practice(name);
        practice.twoFactorRequired = false;
        return practice;
    }

    public void requireTwoFactorForTherapists(boolean required) {
        this.therapistsNeedTwoFactor = required;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isTwoFactorRequired() {
        return twoFactorRequired;
    }

    public boolean isTherapistsNeedTwoFactor() {
        return therapistsNeedTwoFactor;
    }
}
