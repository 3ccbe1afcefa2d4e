package nl.afsluitwijzer.intervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ImprovementActionsTest {

    /** The sessions are dated in the practice's time zone. */
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Autowired
    ImprovementActions actions;

    @Autowired
    ImprovementFixtures fixtures;

    @Autowired
    UserAccountRepository users;

    @Autowired
    PracticeRepository practices;

    @Autowired
    UserAdministration administration;

    @Autowired
    Clock clock;

    @Test
    void chosenPrinciplesPledgesActionOptionsInsightsAndLessonsOfThePeriodAreImprovementActions() {
        CurrentUser manager = Colleagues.demo(users, "manager");
        String tag = " #" + System.nanoTime();
        fixtures.recordOfEachKind(manager, tag);
        LocalDate today = LocalDate.ofInstant(clock.instant(), AMSTERDAM);
        List<ImprovementAction> found = ours(actions.between(manager.practiceId(), today, today), tag);
        assertThat(found)
                .extracting(ImprovementAction::kind, ImprovementAction::code, ImprovementAction::content)
                .containsExactly(
                        tuple(ImprovementAction.Kind.WORKING_PRINCIPLE, null, ImprovementFixtures.PRINCIPLE + tag),
                        tuple(ImprovementAction.Kind.PLEDGE, "PRACTISE", ImprovementFixtures.PLEDGE + tag),
                        tuple(ImprovementAction.Kind.ACTION_OPTION, "ORGANISATION", ImprovementFixtures.ACTION + tag),
                        tuple(ImprovementAction.Kind.INSIGHT, null, ImprovementFixtures.INSIGHT + tag),
                        tuple(ImprovementAction.Kind.LESSON, "TIMELY_CLOSING", ImprovementFixtures.LESSON + tag));
        assertThat(found).allMatch(action -> action.date().equals(today));
        assertThat(found).noneMatch(action -> action.content().contains("Jansen"));
    }

    @Test
    void actionsOutsideThePeriodOrOfAnotherPracticeAreLeftOut() {
        CurrentUser other = Colleagues.ofAnotherPractice(practices, administration);
        String tag = " #" + System.nanoTime();
        fixtures.recordOfEachKind(other, tag);
        LocalDate today = LocalDate.ofInstant(clock.instant(), AMSTERDAM);
        CurrentUser manager = Colleagues.demo(users, "manager");
        assertThat(ours(actions.between(manager.practiceId(), today, today), tag))
                .isEmpty();
        assertThat(actions.between(other.practiceId(), today.minusYears(1), today.minusDays(1)))
                .isEmpty();
        assertThat(ours(actions.between(other.practiceId(), today, today.plusDays(1)), tag))
                .hasSize(5);
    }

    private static List<ImprovementAction> ours(List<ImprovementAction> actions, String tag) {
        return actions.stream().filter(action -> action.content().endsWith(tag)).toList();
    }
}
