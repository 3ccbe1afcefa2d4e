package nl.afsluitwijzer.treatment;

import java.time.LocalDate;

public record GoalStatusChange(LocalDate changedOn, GoalStatus status, int sequenceNumber) {}
