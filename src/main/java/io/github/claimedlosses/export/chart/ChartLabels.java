package io.github.claimedlosses.export.chart;

import java.util.Locale;
import java.util.Objects;

/**
 * The words on a chart: what it shows, about whom, in which units, and where the figures come from.
 *
 * @param title    who claims what about whom, e.g. "Russian tanks lost, as claimed by Ukraine's General Staff"
 * @param subtitle units and method, e.g. "Cumulative count since 24 February 2022"
 * @param source   attribution and as-of date, e.g. "Source: General Staff of the Armed Forces of Ukraine, claimed;
 *                 as of 2026-08-08"
 * @param xAxis    label of the horizontal axis
 * @param yAxis    label of the vertical axis, with units
 */
public record ChartLabels(String title, String subtitle, String source, String xAxis, String yAxis) {
    public ChartLabels {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(xAxis, "xAxis");
        Objects.requireNonNull(yAxis, "yAxis");
    }

    /** {@code text} with its first letter in upper case: "vehicles" becomes "Vehicles". */
    public static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** A category's label inside a sentence: "Drones (UAV)" becomes "drones (UAV)". */
    public static String inSentence(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }
}
