package nl.afsluitwijzer.insight.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import nl.afsluitwijzer.insight.Insights;
import nl.afsluitwijzer.insight.internal.CapacityEstimate;
import nl.afsluitwijzer.insight.internal.CapacitySimulation;
import nl.afsluitwijzer.insight.internal.SimulationParameters;
import nl.afsluitwijzer.insight.internal.SimulationResult;
import nl.afsluitwijzer.practice.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The capacity simulation: the waiting list over the coming year now and under a what-if, with its method. */
@Controller
class SimulationController {

    private final CapacitySimulation simulation = new CapacitySimulation();
    private final Insights insights;
    private final FigureLabels labels;
    private final Clock clock;

    SimulationController(Insights insights, FigureLabels labels, Clock clock) {
        this.insights = insights;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/inzicht/simulatie")
    String simulation(SimulationForm form, Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        SimulationParameters now = CapacityEstimate.from(
                insights.practiceFacts(CurrentUser.require()), today, SimulationForm.RUNS, form.seedOr());
        double mean = form.meanOr(now.meanSessions());
        double extra = form.extraOr();
        SimulationResult nowResult = simulation.run(now);
        SimulationResult shorter = simulation.run(now.withMeanSessions(mean));
        SimulationResult moreSlots = simulation.run(now.withExtraSlots(extra));
        model.addAttribute("now", now);
        model.addAttribute(
                "scenarios",
                java.util.List.of(
                        new Scenario("insight.simulation.scenario.now", SimulationChart.NOW, nowResult),
                        new Scenario("insight.simulation.scenario.shorter", SimulationChart.SHORTER, shorter),
                        new Scenario("insight.simulation.scenario.more-slots", SimulationChart.MORE_SLOTS, moreSlots)));
        model.addAttribute("mean", mean);
        model.addAttribute("extra", extra);
        model.addAttribute("seed", form.seedOr());
        model.addAttribute("runs", SimulationForm.RUNS);
        model.addAttribute(
                "chart",
                SimulationChart.of(
                        nowResult,
                        shorter,
                        moreSlots,
                        labels.text("insight.simulation.chart", locale),
                        labels.text("insight.simulation.weeks", locale)));
        return "insight/simulation";
    }

    /** One row of the results table: its name, its colour in the chart and its result. */
    record Scenario(String labelKey, String colour, SimulationResult result) {}
}
