package nl.afsluitwijzer.intervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import nl.afsluitwijzer.intervision.internal.ContributionOutcome;
import nl.afsluitwijzer.intervision.internal.JoinCode;
import nl.afsluitwijzer.intervision.internal.PledgeKind;
import nl.afsluitwijzer.intervision.internal.PollResults;
import nl.afsluitwijzer.intervision.internal.PollSide;
import nl.afsluitwijzer.intervision.internal.WorkshopStep;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ParticipationTest {

    @Autowired
    Workshops workshops;

    @Autowired
    Participation participation;

    @Autowired
    UserAccountRepository users;

    @Autowired
    PracticeRepository practices;

    @Autowired
    UserAdministration administration;

    CurrentUser facilitator;
    Workshop workshop;

    @BeforeEach
    void startASession() {
        facilitator = Colleagues.demo(users, "behandelaar");
        workshop = workshops.start(facilitator);
    }

    @Test
    void aParticipantWhoComesBackWithTheirCookieIsTheSameParticipant() {
        Joined first = participation.join(workshop, null).orElseThrow();
        Joined again = participation.join(workshop, first.newToken()).orElseThrow();
        assertThat(first.isNew()).isTrue();
        assertThat(again.isNew()).isFalse();
        assertThat(again.participant()).isEqualTo(first.participant());
        assertThat(participation.join(workshop, "a-made-up-token").orElseThrow().participant())
                .isNotEqualTo(first.participant());
    }

    @Test
    void aSecondVoteIsRefusedAndTheFirstCounts() {
        Participant participant = join();
        assertThat(participation.vote(participant, PollAnswer.YES_2)).isEqualTo(ContributionOutcome.ACCEPTED);
        assertThat(participation.vote(participant, PollAnswer.NO_1)).isEqualTo(ContributionOutcome.ALREADY_GIVEN);
        PollResults poll = workshops.board(workshop).poll();
        assertThat(poll.total()).isEqualTo(1);
        assertThat(poll.count(PollAnswer.YES_2)).isEqualTo(1);
        assertThat(participation.view(participant).answer()).isEqualTo(PollAnswer.YES_2);
    }

    @Test
    void pollSharesAreOfAllVotesLikeTheLvvpFigures() {
        participation.vote(join(), PollAnswer.YES_1);
        participation.vote(join(), PollAnswer.YES_1);
        participation.vote(join(), PollAnswer.NO_4);
        PollResults poll = workshops.board(workshop).poll();
        assertThat(poll.percent(PollAnswer.YES_1)).isEqualByComparingTo("66.7");
        assertThat(poll.percent(PollSide.NO)).isEqualByComparingTo("33.3");
        assertThat(PollSide.YES.lvvpPercent()).isEqualByComparingTo("61.5");
        assertThat(PollAnswer.YES_1.lvvpPercent())
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("16.3"));
        assertThat(PollAnswer.NO_7.lvvpPercent()).isEmpty();
    }

    @Test
    void cardsAreCappedAtTwentyPerParticipant() {
        Participant participant = join();
        for (int i = 1; i <= ContributionLimits.CARDS_PER_PARTICIPANT; i++) {
            assertThat(participation.addCard(participant, CardTag.PATIENT, "kaart " + i))
                    .isEqualTo(ContributionOutcome.ACCEPTED);
        }
        assertThat(participation.addCard(participant, CardTag.EMPLOYEE, "eentje te veel"))
                .isEqualTo(ContributionOutcome.LIMIT_REACHED);
        assertThat(participation.view(participant).ownCards()).hasSize(20);
    }

    @Test
    void aParticipantGivesAtMostThreeDotsOneACardAndOnlyOnRemedies() {
        Participant author = join();
        participation.addCard(author, CardTag.ORGANISATION, "wachtlijst vervolgzorg");
        for (int i = 1; i <= 4; i++) {
            participation.addCard(author, CardTag.WITHIN_INFLUENCE, "helpt " + i);
        }
        WorkshopBoard board = workshops.board(workshop);
        Long obstacle = board.obstacles().get(0).id();
        var remedies = board.remedies();
        Participant voter = join();
        assertThat(participation.addDot(voter, obstacle)).isEqualTo(ContributionOutcome.NOT_ALLOWED);
        assertThat(participation.addDot(voter, remedies.get(0).id())).isEqualTo(ContributionOutcome.ACCEPTED);
        assertThat(participation.addDot(voter, remedies.get(0).id())).isEqualTo(ContributionOutcome.ALREADY_GIVEN);
        assertThat(participation.addDot(voter, remedies.get(1).id())).isEqualTo(ContributionOutcome.ACCEPTED);
        assertThat(participation.addDot(voter, remedies.get(2).id())).isEqualTo(ContributionOutcome.ACCEPTED);
        assertThat(participation.addDot(voter, remedies.get(3).id())).isEqualTo(ContributionOutcome.LIMIT_REACHED);
        participation.removeDot(voter, remedies.get(1).id());
        assertThat(participation.addDot(voter, remedies.get(3).id())).isEqualTo(ContributionOutcome.ACCEPTED);
        assertThat(participation.view(voter).dotsLeft()).isZero();
        assertThat(workshops.board(workshop).dotsGiven()).isEqualTo(3);
    }

    @Test
    void aHiddenCardLeavesTheBoardAndGetsNoDots() {
        Participant participant = join();
        participation.addCard(participant, CardTag.OUTSIDE_INFLUENCE, "iets ongepasts");
        Long card = workshops.board(workshop).remedies().get(0).id();
        workshops.hideCard(facilitator, workshop.getId(), card, true);
        assertThat(workshops.board(workshop).remedies()).isEmpty();
        assertThat(workshops.board(workshop).hidden()).hasSize(1);
        assertThat(participation.addDot(participant, card)).isEqualTo(ContributionOutcome.NOT_ALLOWED);
    }

    @Test
    void theFacilitatorMarksTheChosenWorkingPrinciples() {
        Participant participant = join();
        participation.addCard(participant, CardTag.WITHIN_INFLUENCE, "bij de start de duur afspreken");
        participation.addCard(participant, CardTag.WITHIN_INFLUENCE, "halverwege evalueren");
        Long card = workshops.board(workshop).remedies().get(1).id();
        participation.addDot(participant, card);
        workshops.choosePrinciple(facilitator, workshop.getId(), card, true);
        WorkshopBoard board = workshops.board(workshop);
        assertThat(board.chosenPrinciples()).extracting(MatrixCard::content).containsExactly("halverwege evalueren");
        assertThat(board.remediesByDots().get(0).id()).isEqualTo(card);
    }

    @Test
    void aPledgeIsGivenOnceAsOneTrimmedLine() {
        Participant participant = join();
        assertThat(participation.pledge(participant, PledgeKind.PRACTISE, "  het einde\nbij de intake  bespreken "))
                .isEqualTo(ContributionOutcome.ACCEPTED);
        assertThat(participation.pledge(participant, PledgeKind.ATTENTION, "iets anders"))
                .isEqualTo(ContributionOutcome.ALREADY_GIVEN);
        assertThat(workshops.board(workshop).pledges())
                .containsExactly(new Pledge(PledgeKind.PRACTISE, "het einde bij de intake bespreken"));
    }

    @Test
    void aClosedSessionTakesNobodyAndFreesItsCode() {
        JoinCode code = workshop.getJoinCode();
        assertThat(participation.openWorkshop(code)).isPresent();
        workshops.close(facilitator, workshop.getId());
        assertThat(participation.openWorkshop(code)).isEmpty();
        assertThatThrownBy(() -> workshops.moveTo(facilitator, workshop.getId(), WorkshopStep.REFLECTION))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void openSessionsHaveDifferentJoinCodes() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            codes.add(workshops.start(facilitator).getJoinCode().value());
        }
        assertThat(codes).hasSize(20).allMatch(code -> code.matches("[A-HJKMNP-Z2-9]{6}"));
    }

    @Test
    void anotherPracticeDoesNotFindTheSession() {
        CurrentUser stranger = Colleagues.ofAnotherPractice(practices, administration);
        assertThatThrownBy(() -> workshops.find(stranger, workshop.getId()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThat(workshops.listFor(stranger)).isEmpty();
    }

    @Test
    void theFacilitatorMovesThroughTheFourStepsWithTheirMinutes() {
        Workshop moved = workshops.moveTo(facilitator, workshop.getId(), WorkshopStep.DEEPENING);
        assertThat(moved.getStep().number()).isEqualTo(3);
        assertThat(WorkshopStep.values()).extracting(WorkshopStep::minutes).containsExactly(15, 15, 20, 10);
    }

    private Participant join() {
        return participation.join(workshop, null).orElseThrow().participant();
    }
}
