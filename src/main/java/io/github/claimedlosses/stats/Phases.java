package io.github.claimedlosses.stats;

import static io.github.claimedlosses.model.ClaimSchema.CATEGORY;
import static io.github.claimedlosses.model.ClaimSchema.CLAIMANT;
import static io.github.claimedlosses.model.ClaimSchema.SIDE;
import static io.github.claimedlosses.model.ClaimSchema.SOURCE;
import static io.github.claimedlosses.stats.StatColumns.APPROXIMATE;
import static io.github.claimedlosses.stats.StatColumns.CHANGE_FROM_PREVIOUS;
import static io.github.claimedlosses.stats.StatColumns.MEAN_RATE;
import static io.github.claimedlosses.stats.StatColumns.OBSERVATIONS;
import static io.github.claimedlosses.stats.StatColumns.RATE_STD_DEV;
import static io.github.claimedlosses.stats.StatColumns.SEGMENT;
import static io.github.claimedlosses.stats.StatColumns.WINDOW_FROM;
import static io.github.claimedlosses.stats.StatColumns.WINDOW_TO;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Phases of each series' daily rate: the segments between the change points a {@link Segmentation} finds. */
final class Phases {
    /** Column with the penalty a split had to exceed in the series. */
    static final String PENALTY = "penalty";

    private Phases() {
    }

    /** One row per segment of each series' daily rate. */
    static Table of(Table daily, Segmentation segmentation) {
        Table table = Table.create("phases", StringColumn.create(CLAIMANT), StringColumn.create(SIDE),
                StringColumn.create(CATEGORY), StringColumn.create(SOURCE), IntColumn.create(SEGMENT),
                DateColumn.create(WINDOW_FROM), DateColumn.create(WINDOW_TO), IntColumn.create(OBSERVATIONS),
                DoubleColumn.create(MEAN_RATE), DoubleColumn.create(RATE_STD_DEV),
                DoubleColumn.create(CHANGE_FROM_PREVIOUS), DoubleColumn.create(PENALTY),
                BooleanColumn.create(APPROXIMATE));
        for (Table series : Series.split(daily, Series.KEYS)) {
            Points points = Points.of(series, Points.Fitted.RATE);
            if (points.size() == 0) {
                continue;
            }
            double[] y = points.y();
            List<Integer> starts = new ArrayList<>(List.of(0));
            starts.addAll(segmentation.changePoints(y));
            starts.add(y.length);
            double previousMean = Double.NaN;
            for (int s = 0; s + 1 < starts.size(); s++) {
                int from = starts.get(s);
                int length = starts.get(s + 1) - from;
                double mean = StatUtils.mean(y, from, length);
                for (String key : Series.KEYS) {
                    table.stringColumn(key).append(series.stringColumn(key).get(0));
                }
                table.intColumn(SEGMENT).append(s + 1);
                table.dateColumn(WINDOW_FROM).append(points.dates().get(from));
                table.dateColumn(WINDOW_TO).append(points.dates().get(from + length - 1));
                table.intColumn(OBSERVATIONS).append(length);
                table.doubleColumn(MEAN_RATE).append(mean);
                table.doubleColumn(RATE_STD_DEV).append(new StandardDeviation().evaluate(y, from, length));
                table.doubleColumn(CHANGE_FROM_PREVIOUS).append(mean - previousMean);
                table.doubleColumn(PENALTY).append(segmentation.penalty(y));
                table.booleanColumn(APPROXIMATE).append(points.approximate(from, from + length));
                previousMean = mean;
            }
        }
        return table;
    }
}
