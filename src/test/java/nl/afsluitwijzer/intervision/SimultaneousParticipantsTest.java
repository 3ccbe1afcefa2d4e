package nl.afsluitwijzer.intervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import nl.afsluitwijzer.intervision.internal.ContributionOutcome;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "No lost votes or cards when 40 participants act at once": every contribution is its own inserted row. */
@IntegrationTest
class SimultaneousParticipantsTest {

    private static final int PARTICIPANTS = 40;

    @Autowired
    Workshops workshops;

    @Autowired
    Participation participation;

    @Autowired
    UserAccountRepository users;

    Workshop workshop;

    @BeforeEach
    void startASession() {
        workshop = workshops.start(Colleagues.demo(users, "manager"));
    }

    @Test
    void fortySimultaneousVotesAreExactlyFortyCounted() throws Exception {
        PollAnswer[] answers = PollAnswer.values();
        List<ContributionOutcome> outcomes = atOnce(PARTICIPANTS, i -> () -> {
            Participant participant =
                    participation.join(workshop, null).orElseThrow().participant();
            return participation.vote(participant, answers[i % answers.length]);
        });
        assertThat(outcomes).hasSize(PARTICIPANTS).containsOnly(ContributionOutcome.ACCEPTED);
        WorkshopBoard board = workshops.board(workshop);
        assertThat(board.poll().total()).isEqualTo(PARTICIPANTS);
        assertThat(board.participants()).isEqualTo(PARTICIPANTS);
        assertThat(board.poll().count(PollAnswer.YES_1)).isEqualTo(3);
    }

    @Test
    void fortySimultaneousCardsAreAllOnTheBoard() throws Exception {
        List<ContributionOutcome> outcomes = atOnce(PARTICIPANTS, i -> () -> {
            Participant participant =
                    participation.join(workshop, null).orElseThrow().participant();
            return participation.addCard(
                    participant, i % 2 == 0 ? CardTag.EMPLOYEE : CardTag.WITHIN_INFLUENCE, "kaart " + i);
        });
        assertThat(outcomes).containsOnly(ContributionOutcome.ACCEPTED);
        assertThat(workshops.board(workshop).cards()).hasSize(PARTICIPANTS);
    }

    @Test
    void oneParticipantSendingThirtyCardsAtOnceKeepsTwenty() throws Exception {
        Participant participant =
                participation.join(workshop, null).orElseThrow().participant();
        atOnce(30, i -> () -> participation.addCard(participant, CardTag.PATIENT, "tegelijk " + i));
        assertThat(participation.view(participant).ownCards()).hasSize(ContributionLimits.CARDS_PER_PARTICIPANT);
    }

    @Test
    void oneParticipantSendingTenDotsAtOnceGivesThree() throws Exception {
        Participant author = participation.join(workshop, null).orElseThrow().participant();
        for (int i = 0; i < 10; i++) {
            participation.addCard(author, CardTag.WITHIN_INFLUENCE, "helpt " + i);
        }
        List<MatrixCard> remedies = workshops.board(workshop).remedies();
        Participant voter = participation.join(workshop, null).orElseThrow().participant();
        List<ContributionOutcome> outcomes = atOnce(
                10, i -> () -> participation.addDot(voter, remedies.get(i).id()));
        assertThat(outcomes)
                .filteredOn(outcome -> outcome == ContributionOutcome.ACCEPTED)
                .hasSize(3);
        assertThat(workshops.board(workshop).dotsGiven()).isEqualTo(3);
    }

    /** Runs the tasks from as many threads, released together by one latch. */
    private static <T> List<T> atOnce(int count, IntFunction<Callable<T>> task) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<T> work = task.apply(i);
                futures.add(threads.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
