/**
 * Statistics over tidy claim tables: daily series from running totals, smoothing and aggregation, ratios and
 * trends.
 *
 * <p>Start from {@link io.github.claimedlosses.stats.Trends} and {@link io.github.claimedlosses.stats.Ratios}.
 * Every result is a {@link io.github.claimedlosses.stats.StatTable}: a Tablesaw table with self-explanatory column
 * names (see {@link io.github.claimedlosses.stats.StatColumns}) and a
 * {@link io.github.claimedlosses.stats.Description} of what it holds — whose figures (claimed or visually
 * confirmed), about whose losses, which categories, in which unit, and whether approximate figures went into it —
 * so that charts and exports can label themselves.
 *
 * <p>Rows of different claimants, sides, categories or sources are never added together: every series is one
 * source's figures for one claimant, side and category, and every row says which.
 */
package io.github.claimedlosses.stats;
