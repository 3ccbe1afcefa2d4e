package nl.afsluitwijzer.attack;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.closing.ClosingFixtures;
import nl.afsluitwijzer.closing.ClosingPlans;
import nl.afsluitwijzer.closing.LetterKind;
import nl.afsluitwijzer.closing.Letters;
import nl.afsluitwijzer.intervision.CaseDiscussions;
import nl.afsluitwijzer.intervision.CasePreparation;
import nl.afsluitwijzer.intervision.Workshops;
import nl.afsluitwijzer.portal.ClientLinks;
import nl.afsluitwijzer.portal.internal.IssuedLink;
import nl.afsluitwijzer.practice.ApiTokens;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Practices;
import nl.afsluitwijzer.practice.Role;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.practice.internal.Practice;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import nl.afsluitwijzer.treatment.Treatments;
import org.springframework.stereotype.Component;

/**
 * Records to attack: a treatment in the closing phase with a goal, a letter and a client link, for any
 * therapist (also of a new practice), plus intervision records and a throwaway user of the demo practice.
 */
@Component
public class AttackFixtures {

    /** One treatment and the ids of what hangs under it. */
    public record Case(
            Long id,
            Long clientId,
            String reference,
            Long goalId,
            Long letterId,
            Long linkId,
            String linkToken,
            String closingLinkToken) {}

    /** A therapist of another practice, with one treatment of their own. */
    public record Foreign(String username, Case treatment) {}

    /**
     * A second practice founded the supported way ({@link Practices#found}): its administrator and first
     * manager, a therapist the manager created, one treatment of that therapist, and API tokens of all three.
     */
    public record OtherPractice(
            Long practiceId,
            String admin,
            String manager,
            String therapist,
            Case treatment,
            Map<String, String> tokens,
            Map<String, Long> userIds) {

        public List<String> users() {
            return List.of(therapist, manager, admin);
        }
    }

    private final TestTreatments fixtures;
    private final ClosingFixtures closing;
    private final Treatments treatments;
    private final TreatmentChanges changes;
    private final Letters letters;
    private final ClosingPlans plans;
    private final ClientLinks links;
    private final PracticeRepository practices;
    private final UserAdministration administration;
    private final UserAccountRepository accounts;
    private final Workshops workshops;
    private final CaseDiscussions discussions;
    private final Practices founding;
    private final ApiTokens tokens;
    private OtherPractice otherPractice;

    AttackFixtures(
            TestTreatments fixtures,
            ClosingFixtures closing,
            Treatments treatments,
            TreatmentChanges changes,
            Letters letters,
            ClosingPlans plans,
            ClientLinks links,
            PracticeRepository practices,
            UserAdministration administration,
            UserAccountRepository accounts,
            Workshops workshops,
            CaseDiscussions discussions,
            Practices founding,
            ApiTokens tokens) {
        this.fixtures = fixtures;
        this.closing = closing;
        this.treatments = treatments;
        this.changes = changes;
        this.letters = letters;
        this.plans = plans;
        this.links = links;
        this.practices = practices;
        this.administration = administration;
        this.accounts = accounts;
        this.workshops = workshops;
        this.discussions = discussions;
        this.founding = founding;
        this.tokens = tokens;
    }

    /** The API token of a user of the second practice, if it was made and the user is one of its users. */
    public synchronized String tokenOf(String username) {
        return otherPractice == null ? null : otherPractice.tokens().get(username);
    }

    /** The second practice, made once per test run. */
    public synchronized OtherPractice otherPractice() {
        if (otherPractice == null) {
            String n = String.valueOf(System.nanoTime());
            Practices.Founded founded = founding.found(
                    "Tweede praktijk " + n,
                    "beheer-" + n,
                    "Beheerder twee",
                    "praktijkhouder-" + n,
                    "Praktijkhouder twee");
            String therapist = "therapeut-" + n;
            fixtures.as(
                    founded.managerUsername(),
                    () -> administration.create(
                            CurrentUser.current().orElse(null),
                            founded.practiceId(),
                            therapist,
                            "Behandelaar twee",
                            Role.THERAPIST,
                            "een-heel-lang-wachtwoord"));
            Map<String, String> issued = new java.util.HashMap<>();
            Map<String, Long> ids = new java.util.HashMap<>();
            for (String user : List.of(founded.adminUsername(), founded.managerUsername(), therapist)) {
                ids.put(user, accounts.findByUsername(user).orElseThrow().getId());
                issued.put(user, tokens.issue(ids.get(user), "aanval").secret());
            }
            otherPractice = new OtherPractice(
                    founded.practiceId(),
                    founded.adminUsername(),
                    founded.managerUsername(),
                    therapist,
                    of(therapist),
                    Map.copyOf(issued),
                    Map.copyOf(ids));
        }
        return otherPractice;
    }

    /** A treatment of "behandelaar" in the closing phase with a goal, a GP letter and two client links. */
    public Case ofBehandelaar() {
        return inClosing("behandelaar", closing.inClosing());
    }

    /** The same for any therapist; the demo "behandelaar2" or one of another practice. */
    public Case of(String therapist) {
        Treatment started = fixtures.startedBy(therapist);
        fixtures.as(therapist, () -> {
            for (int i = 0; i < 3; i++) {
                changes.addSession(
                        CurrentUser.require(),
                        started.getId(),
                        LocalDate.of(2026, 1, 12).plusWeeks(i),
                        nl.afsluitwijzer.treatment.SessionKind.TREATMENT,
                        true);
            }
            plans.start(CurrentUser.require(), started.getId(), null, LocalDate.of(2026, 1, 26));
        });
        return inClosing(therapist, started);
    }

    private Case inClosing(String therapist, Treatment treatment) {
        Case[] result = new Case[1];
        fixtures.as(therapist, () -> {
            Long id = treatment.getId();
            Long goalId =
                    treatments.open(CurrentUser.require(), id).goals().get(0).getId();
            Long letterId =
                    letters.generate(CurrentUser.require(), id, LetterKind.GP).id();
            IssuedLink link = links.create(CurrentUser.require(), id, List.of("PHQ9"));
            IssuedLink closingLink = links.createForClosing(CurrentUser.require(), id);
            result[0] = new Case(
                    id,
                    treatment.getClientId(),
                    fixtures.referenceOf(treatment),
                    goalId,
                    letterId,
                    link.id(),
                    link.token(),
                    closingLink.token());
        });
        return result[0];
    }

    /** A therapist of a new practice (2FA not required for its therapists) with one treatment. */
    public Foreign foreignTherapist() {
        Practice practice = new Practice("Aanvalspraktijk " + System.nanoTime());
        practice.requireTwoFactorForTherapists(false);
        practice = practices.save(practice);
        String username = "vreemd-" + System.nanoTime();
        administration.create(
                CurrentUser.current().orElse(null),
                practice.getId(),
                username,
                "Vreemde behandelaar",
                Role.THERAPIST,
                "een-heel-lang-wachtwoord");
        return new Foreign(username, of(username));
    }

    /** A user of the demo practice that the access table may disable and reset. */
    public Long throwawayUser() {
        Long practiceId = accounts.findByUsername("manager").orElseThrow().getPracticeId();
        return administration
                .create(
                        CurrentUser.current().orElse(null),
                        practiceId,
                        "wegwerp-" + System.nanoTime(),
                        "Wegwerp",
                        Role.THERAPIST,
                        "een-heel-lang-wachtwoord")
                .getId();
    }

    public Long workshopOf(String facilitator) {
        return workshops
                .start(accounts.findByUsername(facilitator).orElseThrow().toCurrentUser())
                .getId();
    }

    public String joinCodeOf(String facilitator, Long workshopId) {
        return workshops
                .find(accounts.findByUsername(facilitator).orElseThrow().toCurrentUser(), workshopId)
                .getJoinCode()
                .value();
    }

    public Long caseDiscussionOf(String presenter) {
        return discussions
                .prepare(
                        accounts.findByUsername(presenter).orElseThrow().toCurrentUser(),
                        new CasePreparation(
                                "Casus", "Hulpvraag", LocalDate.of(2025, 3, 1), "een jaar", "afbouwen", "angst"))
                .getId();
    }
}
