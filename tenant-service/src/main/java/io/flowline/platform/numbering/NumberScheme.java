package io.flowline.platform.numbering;

import java.time.LocalDate;
import java.util.Optional;

import io.flowline.platform.tenancy.OrderNumberFormat;

/**
 * A human numbering pattern such as {@code SO-{YYYY}-{SEQ:5}}: which counter a number comes from and how it is written.
 * The counter restarts in each period the pattern shows ({@code {YYYY}} or {@code {YY}}: per year; with {@code {MM}} as well:
 * per month), so a restart never repeats a number. {@code {MM}} without a year does not restart anything: March would repeat
 * every year.
 */
public record NumberScheme(String series, String format) {

    public NumberScheme {
        if (series.isBlank() || series.contains(":")) {
            throw new IllegalArgumentException("series must be a plain name such as 'order'");
        }
        Optional<String> problem = OrderNumberFormat.problem(format);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("number format " + format + " " + problem.get());
        }
    }

    /** The counter a number issued on {@code day} comes from: {@code order}, {@code order:2026} or {@code order:2026-03}. */
    public String counter(LocalDate day) {
        boolean year = format.contains("{YYYY}") || format.contains("{YY}");
        if (year && format.contains("{MM}")) {
            return series + ":" + String.format("%04d-%02d", day.getYear(), day.getMonthValue());
        }
        return year ? series + ":" + String.format("%04d", day.getYear()) : series;
    }

    /** The number with sequence value {@code value} issued on {@code day}. */
    public String format(LocalDate day, long value) {
        return OrderNumberFormat.format(format, day.getYear(), day.getMonthValue(), value);
    }
}
