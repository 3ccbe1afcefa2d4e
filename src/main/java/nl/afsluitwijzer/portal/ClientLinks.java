package nl.afsluitwijzer.portal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.closing.ClientAnswers;
import nl.afsluitwijzer.closing.ClosingAnswers;
import nl.afsluitwijzer.closing.NextAppointment;
import nl.afsluitwijzer.measurement.Instrument;
import nl.afsluitwijzer.measurement.InstrumentCatalog;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.measurement.NewMeasurement;
import nl.afsluitwijzer.portal.internal.ClientPage;
import nl.afsluitwijzer.portal.internal.IssuedLink;
import nl.afsluitwijzer.portal.internal.LinkStatus;
import nl.afsluitwijzer.portal.internal.OpenedLink;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.Goal;
import nl.afsluitwijzer.treatment.GoalStatus;
import nl.afsluitwijzer.treatment.NextAppointmentAnswers;
import nl.afsluitwijzer.treatment.NextAppointmentWish;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.Treatments;
import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making, listing, revoking and using client links. A token has 256 random bits, is stored only hashed,
 * works for one treatment for 14 days and is used once.
 */
@Service
@Transactional
public class ClientLinks {

    static final Duration VALIDITY = Duration.ofDays(14);
    private static final String OBJECT = "CLIENT_LINK";
    private static final String SELECT = """
            SELECT id, practice_id, treatment_id, token_hash, instruments, created_by, created_at, expires_at,
                   revoked_at, used_at, purpose FROM client_link""";

    private final JdbcClient jdbc;
    private final Treatments treatments;
    private final Measurements measurements;
    private final InstrumentCatalog instruments;
    private final AuditLog audit;
    private final Clock clock;
    private final ClosingAnswers closingAnswers;
    private final NextAppointmentAnswers nextAppointments;
    private final SecureRandom random = new SecureRandom();

    ClientLinks(
            JdbcClient jdbc,
            Treatments treatments,
            Measurements measurements,
            InstrumentCatalog instruments,
            AuditLog audit,
            Clock clock,
            ClosingAnswers closingAnswers,
            NextAppointmentAnswers nextAppointments) {
        this.nextAppointments = nextAppointments;
        this.closingAnswers = closingAnswers;
        this.jdbc = jdbc;
        this.treatments = treatments;
        this.measurements = measurements;
        this.instruments = instruments;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new link for questionnaires of an open treatment the current user may see. */
    public IssuedLink create(CurrentUser user, Long treatmentId, List<String> codes) {
        Treatment treatment = treatments.require(user, treatmentId);
        treatment.requireOpen();
        List<String> chosen = codes.stream().distinct().toList();
        boolean hasGoals = !goalsToRate(treatmentId).isEmpty();
        if (chosen.isEmpty() || chosen.stream().anyMatch(code -> !offered(code, hasGoals))) {
            throw DomainException.refused("portal.link.instruments-required");
        }
        return issue(user, treatment, LinkPurpose.QUESTIONNAIRES, String.join(",", chosen));
    }

    /** A link for the client's own closing answers, for a treatment in the closing phase. */
    public IssuedLink createForClosing(CurrentUser user, Long treatmentId) {
        Treatment treatment = treatments.require(user, treatmentId);
        if (treatment.getPhase() != Phase.CLOSING) {
            throw DomainException.conflict("portal.link.closing-phase-only");
        }
        return issue(user, treatment, LinkPurpose.CLOSING, "");
    }

    /** A link that asks only "Wil je nog een volgende afspraak?", for an open treatment the current user may see. */
    public IssuedLink createForNextAppointment(CurrentUser user, Long treatmentId) {
        Treatment treatment = treatments.require(user, treatmentId);
        treatment.requireOpen();
        return issue(user, treatment, LinkPurpose.NEXT_APPOINTMENT, "");
    }

    private IssuedLink issue(CurrentUser user, Treatment treatment, LinkPurpose purpose, String instrumentCodes) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(VALIDITY);
        jdbc.sql("""
                INSERT INTO client_link (practice_id, treatment_id, token_hash, instruments, created_by, created_at,
                    expires_at, purpose) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        treatment.getPracticeId(),
                        treatment.getId(),
                        hash(token),
                        instrumentCodes,
                        user.id(),
                        Timestamp.from(now),
                        Timestamp.from(expires),
                        purpose.name()))
                .update();
        Long id = byHash(hash(token)).orElseThrow().id();
        audit.record(AuditEvent.of(AuditAction.CREATE, OBJECT, id)
                .forClient(treatments.clientOf(treatment).getReference(), treatment.getId()));
        return new IssuedLink(id, token, expires);
    }

    /** Questionnaires a client can fill in alone: whole-questionnaire instruments, not per-goal ratings. */
    public boolean isClientQuestionnaire(String code) {
        return instruments.find(code).map(i -> !i.perGoal()).orElse(false);
    }

    /**
     * Whether a link can ask this instrument: any whole questionnaire, and a per-goal rating (GBO) when the treatment
     * has a goal to rate.
     */
    public boolean offered(String code, boolean treatmentHasGoals) {
        return instruments
                .find(code)
                .map(i -> !i.perGoal() || treatmentHasGoals)
                .orElse(false);
    }

    /**
     * The screens of a valid questionnaire link, in order: each whole questionnaire, and for a per-goal instrument one
     * screen per goal that is not dropped (oldest goal first). Empty for an unusable token.
     */
    @Transactional(readOnly = true)
    public List<ClientPage> pages(String token) {
        return byToken(token)
                .filter(l -> l.statusAt(clock.instant()) == LinkStatus.VALID)
                .filter(l -> l.purpose() == LinkPurpose.QUESTIONNAIRES)
                .map(this::pagesOf)
                .orElse(List.of());
    }

    private List<ClientPage> pagesOf(ClientLink link) {
        List<Goal> goals = goalsToRate(link.treatmentId());
        List<ClientPage> pages = new java.util.ArrayList<>();
        for (String code : link.instrumentCodes()) {
            Instrument instrument = instruments.get(code);
            if (!instrument.perGoal()) {
                pages.add(ClientPage.whole(instrument));
                continue;
            }
            for (int index = 0; index < goals.size(); index++) {
                pages.add(ClientPage.goal(
                        instrument,
                        Objects.requireNonNull(goals.get(index).getId(), "stored"),
                        goals.get(index).getDescription(),
                        index + 1,
                        goals.size()));
            }
        }
        return pages;
    }

    private List<Goal> goalsToRate(Long treatmentId) {
        return treatments.goalsOf(treatmentId).stream()
                .filter(goal -> goal.getStatus() != GoalStatus.DROPPED)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<ClientLink> forTreatment(CurrentUser user, Long treatmentId) {
        treatments.require(user, treatmentId);
        return jdbc.sql(SELECT + " WHERE treatment_id = ? ORDER BY created_at DESC, id DESC")
                .param(treatmentId)
                .query(ClientLink.class)
                .list();
    }

    public void revoke(CurrentUser user, Long treatmentId, Long linkId) {
        Treatment treatment = treatments.require(user, treatmentId);
        int changed = jdbc.sql("UPDATE client_link SET revoked_at = ? WHERE id = ? AND treatment_id = ?"
                        + " AND revoked_at IS NULL AND used_at IS NULL")
                .params(Timestamp.from(clock.instant()), linkId, treatmentId)
                .update();
        if (changed == 0) {
            throw DomainException.conflict("portal.link.not-revocable");
        }
        forgetMailOf(linkId);
        audit.record(AuditEvent.of(AuditAction.UPDATE, OBJECT, linkId)
                .forClient(treatments.clientOf(treatment).getReference(), treatmentId));
    }

    /** What the client's page may show for a token: only the first name and the questionnaires. */
    @Transactional(readOnly = true)
    public OpenedLink open(String token) {
        Optional<ClientLink> link = byToken(token);
        if (link.isEmpty()) {
            return OpenedLink.unavailable(LinkStatus.UNKNOWN);
        }
        LinkStatus status = link.get().statusAt(clock.instant());
        if (status != LinkStatus.VALID) {
            return OpenedLink.unavailable(status);
        }
        return new OpenedLink(
                status,
                firstNameOf(link.get()),
                link.get().instrumentCodes(),
                link.get().purpose());
    }

    public List<Instrument> questionnaires(OpenedLink opened) {
        return opened.instruments().stream().map(instruments::get).toList();
    }

    /**
     * Records the client's answers once, by screen key ({@link ClientPage#key()}); a second submit, an expired or a
     * revoked link is refused. Goal ratings are stored as goal scores of the per-goal instrument. Answers whether a
     * risk item (PHQ-9 item 9) was answered above its threshold, so the client is shown where to get help now.
     */
    public boolean submit(String token, Map<String, List<Integer>> answersByKey) {
        ClientLink link = claim(token, LinkPurpose.QUESTIONNAIRES);
        LocalDate today = LocalDate.now(clock);
        List<ClientPage> pages = pagesOf(link);
        measurements.recordFromClient(
                link.treatmentId(),
                pages.stream()
                        .map(page -> page.forGoal()
                                ? NewMeasurement.ofGoal(
                                        page.instrument().code(),
                                        today,
                                        Objects.requireNonNull(page.goalId(), "a goal's page"),
                                        rating(answersByKey, page))
                                : NewMeasurement.ofAnswers(
                                        page.instrument().code(), today, answersByKey.get(page.key())))
                        .toList());
        return pages.stream()
                .anyMatch(page -> !page.forGoal()
                        && page.instrument().raisesRisk(answersByKey.getOrDefault(page.key(), List.of())));
    }

    private static int rating(Map<String, List<Integer>> answersByKey, ClientPage page) {
        List<Integer> answers = answersByKey.get(page.key());
        if (answers == null || answers.size() != 1 || answers.get(0) == null) {
            throw DomainException.refused("portal.missing");
        }
        return answers.get(0);
    }

    /** Stores the client's closing answers once (Wat heb ik geleerd, letter to self, next appointment). */
    public void submitClosing(String token, String learned, String letterToSelf, NextAppointment next) {
        ClientLink link = claim(token, LinkPurpose.CLOSING);
        Treatment treatment = treatmentOf(link);
        closingAnswers.acceptFromClient(
                link.treatmentId(),
                treatments.clientOf(treatment).getReference(),
                new ClientAnswers(blankToNull(learned, 4000), blankToNull(letterToSelf, 8000), next, clock.instant()));
    }

    /** Stores the client's answer to "Wil je nog een volgende afspraak?" once, with their own short words if any. */
    public void submitNextAppointment(String token, NextAppointmentWish answer, String clientWords) {
        ClientLink link = claim(token, LinkPurpose.NEXT_APPOINTMENT);
        nextAppointments.recordFromClient(link.treatmentId(), answer, clientWords);
    }

    /** Marks a valid link of the given purpose as used; only one request can win. */
    private ClientLink claim(String token, LinkPurpose purpose) {
        ClientLink link = byToken(token)
                .filter(l -> l.statusAt(clock.instant()) == LinkStatus.VALID)
                .filter(l -> l.purpose() == purpose)
                .orElseThrow(() -> DomainException.conflict("portal.link.unavailable"));
        int claimed = jdbc.sql("UPDATE client_link SET used_at = ? WHERE id = ? AND used_at IS NULL")
                .params(Timestamp.from(clock.instant()), link.id())
                .update();
        if (claimed == 0) {
            throw DomainException.conflict("portal.link.unavailable");
        }
        forgetMailOf(link.id());
        return link;
    }

    /** A used or revoked link needs no reminder: its address and sealed link go. */
    private void forgetMailOf(Long linkId) {
        jdbc.sql("UPDATE client_link_mail SET address = NULL, sealed_link = NULL WHERE link_id = ?")
                .param(linkId)
                .update();
    }

    private static @Nullable String blankToNull(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }

    private String firstNameOf(ClientLink link) {
        var client = treatments.clientOf(treatmentOf(link));
        if (!client.hasName()) {
            return "";
        }
        String name = client.getDisplayName().strip();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private Treatment treatmentOf(ClientLink link) {
        return treatments.forClientLink(link.treatmentId());
    }

    private Optional<ClientLink> byToken(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return byHash(hash(token));
    }

    private Optional<ClientLink> byHash(String tokenHash) {
        return jdbc.sql(SELECT + " WHERE token_hash = ?")
                .param(tokenHash)
                .query(ClientLink.class)
                .optional();
    }

    static String hash(String token) {
        return DigestUtils.sha256Hex(token);
    }
}
