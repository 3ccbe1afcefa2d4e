package nl.afsluitwijzer.measurement;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the chart of one treatment goal shows: the goal as the client worded it and its ratings
 * on a per-goal instrument (GBO) over time, in the language of the reader. The goal is kept on
 * one line, without control characters.
 */
public record GoalChartData(Instrument instrument, String goal, List<DatedScore> ratings, Locale locale) {

    public GoalChartData {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(locale, "locale");
        if (!instrument.perGoal()) {
            throw new IllegalArgumentException(
                    instrument.code() + " does not rate goals; use a per-goal instrument such as GBO");
        }
        ratings = ProgressChartData.inDateOrder(instrument, ratings);
        // the client's own words go into a title: one line, and nothing XML cannot hold
        goal = goal.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (goal.isEmpty()) {
            throw new IllegalArgumentException("a goal chart needs the text of the goal");
        }
    }
}
