package nl.afsluitwijzer.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.evaluation.Decision;
import nl.afsluitwijzer.evaluation.EvaluationKind;
import nl.afsluitwijzer.evaluation.Evaluations;
import nl.afsluitwijzer.evaluation.ExtensionReason;
import nl.afsluitwijzer.evaluation.GoalScore;
import nl.afsluitwijzer.evaluation.NewEvaluation;
import nl.afsluitwijzer.insight.Norm1Reports;
import nl.afsluitwijzer.insight.internal.Period;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.measurement.NewMeasurement;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.TestUsers;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.support.CountedStatements;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.Agreements;
import nl.afsluitwijzer.treatment.DiscussionKind;
import nl.afsluitwijzer.treatment.Goal;
import nl.afsluitwijzer.treatment.GoalStatus;
import nl.afsluitwijzer.treatment.NewTreatment;
import nl.afsluitwijzer.treatment.SessionKind;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import nl.afsluitwijzer.treatment.TreatmentRegistration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The caseload (page and API, therapist and manager), the treatment page and the practice-wide pages read with a
 * fixed number of SQL statements, each with a fixed number of bound parameters, whatever the number of treatments:
 * no query per treatment or per evaluation, and no list of ids that grows with the practice (PostgreSQL refuses more
 * than 65,535 parameters in one statement).
 */
@IntegrationTest
@Import(CountedStatements.Recording.class)
class FixedStatementCountTest {

    /** More placeholders than any statement of ours needs (the audit entry has 15); a practice's ids exceed it. */
    private static final int FEW_PARAMETERS = 24;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    TreatmentRegistration registration;

    @Autowired
    TreatmentChanges changes;

    @Autowired
    Evaluations evaluations;

    @Autowired
    Measurements measurements;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    Norm1Reports norm1;

    @Test
    void theCaseloadReadsWithAsManyStatementsForFiftyTreatmentsAsForFive() throws Exception {
        String therapist = testUsers.newTherapist("count").getUsername();
        String bearer = testUsers.bearer(therapist);
        List<Treatment> started = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            started.add(fullTreatment(therapist, 1));
        }
        Map<String, RequestBuilder> paths = new LinkedHashMap<>();
        paths.put("therapist caseload page", get("/caseload").with(user(users.loadUserByUsername(therapist))));
        paths.put("caseload API", get("/api/v1/caseload").header("Authorization", bearer));
        paths.put("manager caseload page", get("/caseload").with(user(users.loadUserByUsername("manager"))));
        paths.put(
                "treatment page",
                get("/behandelingen/" + started.get(0).getId()).with(user(users.loadUserByUsername(therapist))));
        Map<String, List<String>> withFive = statementsOf(paths);

        for (int i = 0; i < 45; i++) {
            fullTreatment(therapist, 1);
        }
        Map<String, List<String>> withFifty = statementsOf(paths);

        paths.forEach((path, request) -> System.out.printf(
                "%s: %d statements with 5 treatments, %d with 50%n",
                path, withFive.get(path).size(), withFifty.get(path).size()));
        paths.forEach((path, request) -> {
            assertThat(withFifty.get(path)).as(path).hasSameSizeAs(withFive.get(path));
            assertSameParameters(path, withFive.get(path), withFifty.get(path));
        });
    }

    @Test
    void theTreatmentPageReadsEvaluationsAndGoalsWithAFixedNumberOfStatements() throws Exception {
        String therapist = testUsers.newTherapist("count").getUsername();
        Treatment plain = fullTreatment(therapist, 1);
        Treatment rich = fullTreatment(therapist, 6);
        List<String> onePerKind =
                statementsOf(get("/behandelingen/" + plain.getId()).with(user(users.loadUserByUsername(therapist))));
        List<String> sixPerKind =
                statementsOf(get("/behandelingen/" + rich.getId()).with(user(users.loadUserByUsername(therapist))));

        System.out.printf(
                "treatment page: %d statements with 1 goal and evaluation, %d with 6%n",
                onePerKind.size(), sixPerKind.size());
        assertThat(sixPerKind).hasSameSizeAs(onePerKind);
    }

    @Test
    void thePracticeWidePagesBindAFixedNumberOfParameters() throws Exception {
        String therapist = testUsers.newTherapist("count").getUsername();
        for (int i = 0; i < 3; i++) {
            fullTreatment(therapist, 1);
        }
        fixtures.referredBy(therapist, PracticeDay.today().minusWeeks(2));
        Map<String, RequestBuilder> paths = new LinkedHashMap<>();
        for (String url : List.of(
                "/inzicht",
                "/inzicht/indicatoren",
                "/inzicht/behandelingen",
                "/inzicht/simulatie",
                "/inzicht/indicatoren.csv",
                "/wachtlijst",
                "/caseload")) {
            paths.put(url, get(url).with(user(users.loadUserByUsername("manager"))));
        }
        paths.put("/wachtlijst (therapist)", get("/wachtlijst").with(user(users.loadUserByUsername(therapist))));
        Period year = new Period(PracticeDay.today().minusYears(1), PracticeDay.today());
        Map<String, List<String>> before = statementsOf(paths);
        fixtures.as("manager", () -> norm1.content(CurrentUser.require(), year));
        before.put(
                "Norm 1 report",
                CountedStatements.during(
                        () -> fixtures.as("manager", () -> norm1.content(CurrentUser.require(), year))));

        for (int i = 0; i < 20; i++) {
            fullTreatment(therapist, 1);
        }
        Map<String, List<String>> after = statementsOf(paths);
        after.put(
                "Norm 1 report",
                CountedStatements.during(
                        () -> fixtures.as("manager", () -> norm1.content(CurrentUser.require(), year))));

        before.keySet()
                .forEach(path -> System.out.printf(
                        "%s: %d statements, then %d with 20 treatments more%n",
                        path, before.get(path).size(), after.get(path).size()));
        before.keySet().forEach(path -> {
            assertThat(after.get(path)).as(path).hasSameSizeAs(before.get(path));
            assertSameParameters(path, before.get(path), after.get(path));
        });
    }

    /** Every statement binds as many parameters with more treatments as with fewer, and never many. */
    private static void assertSameParameters(String path, List<String> fewer, List<String> more) {
        assertThat(more)
                .as(path + ": statements binding more than " + FEW_PARAMETERS + " parameters")
                .filteredOn(sql -> CountedStatements.parameters(sql) > FEW_PARAMETERS)
                .isEmpty();
        assertThat(more.stream().map(CountedStatements::parameters).toList())
                .as(path + ": parameters per statement")
                .isEqualTo(fewer.stream().map(CountedStatements::parameters).toList());
    }

    /** The statements of each request, the second time it runs (the first fills caches and the token's use). */
    private Map<String, List<String>> statementsOf(Map<String, RequestBuilder> paths) throws Exception {
        Map<String, List<String>> statements = new LinkedHashMap<>();
        for (Map.Entry<String, RequestBuilder> path : paths.entrySet()) {
            statements.put(path.getKey(), statementsOf(path.getValue()));
        }
        return statements;
    }

    private List<String> statementsOf(RequestBuilder request) throws Exception {
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(200);
        int[] status = new int[1];
        List<String> statements = CountedStatements.during(
                () -> status[0] = mvc.perform(request).andReturn().getResponse().getStatus());
        assertThat(status[0]).isEqualTo(200);
        return statements;
    }

    /**
     * A treatment with something in every table the file and its signals read: goals with a status change,
     * sessions, a discussion, a colleague sharing it, a measurement, evaluations with goal scores and extension
     * reasons, several E entries and phase changes; {@code each} of the goals, sessions and evaluations.
     */
    private Treatment fullTreatment(String therapist, int each) {
        Treatment[] result = new Treatment[1];
        Long colleague = accounts.findByUsername("behandelaar2").orElseThrow().getId();
        LocalDate start = PracticeDay.today().minusWeeks(12);
        fixtures.as(therapist, () -> {
            Treatment treatment = registration.start(
                    CurrentUser.require(),
                    new NewTreatment(
                            "COUNT-" + System.nanoTime(),
                            start,
                            new Agreements(8, 10, 12, true, false, "PHQ9", "hulpvraag", null),
                            List.of()));
            Long id = treatment.getId();
            List<Goal> goals = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                Goal goal = changes.addGoal(CurrentUser.require(), id, "doel " + i, "criterium", start);
                goals.add(changes.changeGoalStatus(
                        CurrentUser.require(), id, goal.getId(), GoalStatus.PARTLY_REACHED, start.plusWeeks(1)));
                changes.addSession(CurrentUser.require(), id, start.plusWeeks(1 + i), SessionKind.TREATMENT, true);
            }
            changes.addDiscussion(CurrentUser.require(), id, start.plusWeeks(1), DiscussionKind.TEAM, "besproken");
            changes.share(CurrentUser.require(), id, colleague, true);
            measurements.record(CurrentUser.require(), id, NewMeasurement.ofTotal("PHQ9", start, 15));
            for (int i = 0; i < each; i++) {
                evaluations.record(
                        CurrentUser.require(),
                        id,
                        new NewEvaluation(
                                start.plusWeeks(2 + i),
                                EvaluationKind.INTERIM,
                                7,
                                8,
                                false,
                                goals.stream()
                                        .map(g -> new GoalScore(g.getId(), 6))
                                        .toList(),
                                null,
                                null,
                                Decision.CONTINUE,
                                13 + i,
                                Set.of(ExtensionReason.NEW_GOALS, ExtensionReason.FEAR_OF_RELAPSE),
                                null,
                                null,
                                null));
            }
            result[0] = treatment;
        });
        return result[0];
    }
}
