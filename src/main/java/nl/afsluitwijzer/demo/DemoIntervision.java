package nl.afsluitwijzer.demo;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.afsluitwijzer.intervision.CaseDiscussion;
import nl.afsluitwijzer.intervision.CaseDiscussionStep;
import nl.afsluitwijzer.intervision.CaseDiscussions;
import nl.afsluitwijzer.intervision.CasePreparation;
import nl.afsluitwijzer.intervision.Participant;
import nl.afsluitwijzer.intervision.Participation;
import nl.afsluitwijzer.intervision.WorksheetEntryKind;
import nl.afsluitwijzer.intervision.Workshop;
import nl.afsluitwijzer.intervision.Workshops;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gives the demo practice one closed workshop and one finished case discussion (from {@code demo/intervision.json}),
 * so the overview and both summaries show something. It runs inside the demo set-up at start-up, through the
 * same services the pages use; the case is not linked to a treatment, so the demo signals stay as planned.
 */
@Component
class DemoIntervision {

    private static final Logger log = LoggerFactory.getLogger(DemoIntervision.class);

    private final Workshops workshops;
    private final Participation participation;
    private final CaseDiscussions discussions;
    private final UserAccountRepository users;
    private final Validator validator;
    private final Clock clock;

    DemoIntervision(
            Workshops workshops,
            Participation participation,
            CaseDiscussions discussions,
            UserAccountRepository users,
            Validator validator,
            Clock clock) {
        this.workshops = workshops;
        this.participation = participation;
        this.discussions = discussions;
        this.users = users;
        this.validator = validator;
        this.clock = clock;
    }

    void create() {
        DemoIntervisionFile content = DemoIntervisionFile.shipped(validator);
        Long workshop = workshop(content.workshop());
        Long discussion = caseDiscussion(content.caseDiscussion());
        log.info("Demo mode: created workshop {} and case discussion {}", workshop, discussion);
    }

    private Long workshop(DemoIntervisionFile.DemoWorkshop demo) {
        CurrentUser facilitator = user(demo.facilitator());
        Workshop workshop = workshops.start(facilitator);
        List<Participant> people = new ArrayList<>();
        for (DemoIntervisionFile.DemoParticipant person : demo.participants()) {
            Participant participant =
                    participation.join(workshop, null).orElseThrow().participant();
            people.add(participant);
            participation.vote(participant, person.vote());
            person.cards().forEach(card -> participation.addCard(participant, card.tag(), card.content()));
            person.pledges().forEach(pledge -> participation.pledge(participant, pledge.kind(), pledge.content()));
        }
        int voter = 0;
        for (DemoIntervisionFile.DemoParticipant person : demo.participants()) {
            for (DemoIntervisionFile.DemoCard card : person.cards()) {
                Long cardId = cardId(workshop, card.content());
                for (int dot = 0; dot < card.dotCount(); dot++) {
                    participation.addDot(people.get(voter++ % people.size()), cardId);
                }
                if (card.isChosen()) {
                    workshops.choosePrinciple(
                            facilitator, Objects.requireNonNull(workshop.getId(), "stored"), cardId, true);
                }
            }
        }
        return Objects.requireNonNull(
                workshops
                        .close(facilitator, Objects.requireNonNull(workshop.getId(), "stored"))
                        .getId(),
                "stored");
    }

    private Long cardId(Workshop workshop, String content) {
        return workshops.board(workshop).cards().stream()
                .filter(card -> card.content().equals(content))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(DemoIntervisionFile.RESOURCE + ": " + content))
                .id();
    }

    private Long caseDiscussion(DemoIntervisionFile.DemoCase demo) {
        CurrentUser presenter = user(demo.presenter());
        DemoIntervisionFile.DemoPreparation p = demo.preparation();
        CaseDiscussion discussion = discussions.prepare(
                presenter,
                new CasePreparation(
                        p.title(),
                        p.helpQuestion(),
                        LocalDate.now(clock).minusMonths(p.startedMonthsAgo()),
                        p.duration(),
                        p.triedTowardsClosing(),
                        p.closingObstacles()));
        Long id = Objects.requireNonNull(discussion.getId(), "stored");
        discussions.moveTo(presenter, id, CaseDiscussionStep.values()[CaseDiscussionStep.values().length - 1]);
        demo.factors()
                .forEach((level, entries) -> entries.forEach(
                        entry -> discussions.addEntry(presenter, id, WorksheetEntryKind.FACTOR, level, entry)));
        demo.actions()
                .forEach((level, entries) -> entries.forEach(
                        entry -> discussions.addEntry(presenter, id, WorksheetEntryKind.ACTION, level, entry)));
        demo.insights()
                .forEach(insight -> discussions.addInsight(presenter, id, insight.participant(), insight.content()));
        return Objects.requireNonNull(discussions.finish(presenter, id).getId(), "stored");
    }

    private CurrentUser user(String username) {
        return users.findByUsername(username)
                .orElseThrow(
                        () -> new IllegalStateException(DemoIntervisionFile.RESOURCE + ": no demo user " + username))
                .toCurrentUser();
    }
}
