package io.github.claimedlosses.stats;

import java.time.LocalDate;

/**
 * One phase of a series' daily rate between change points (a row of {@link ChangePoints}), as a typed value.
 *
 * @param category the category's id
 * @param from     first date of the phase
 * @param to       last date of the phase
 * @param meanRate mean daily rate in the phase
 */
public record Phase(String category, LocalDate from, LocalDate to, double meanRate) {
}
