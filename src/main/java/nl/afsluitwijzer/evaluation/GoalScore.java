package nl.afsluitwijzer.evaluation;

/** Goal-based outcome: progress on one goal, 0–10, higher is better. */
public record GoalScore(Long goalId, int score) {}
