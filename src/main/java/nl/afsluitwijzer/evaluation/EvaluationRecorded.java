package nl.afsluitwijzer.evaluation;

import java.time.LocalDate;
import nl.afsluitwijzer.practice.CurrentUser;

/** An evaluation was recorded for a treatment; the signals it answers count as acknowledged. */
public record EvaluationRecorded(Long treatmentId, LocalDate date, Decision decision, CurrentUser by) {}
