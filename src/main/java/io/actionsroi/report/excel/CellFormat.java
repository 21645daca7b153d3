package io.actionsroi.report.excel;

import io.actionsroi.roi.Measure;

/**
 * What a cell holds and how it is shown. Numbers keep full precision: only the display rounds. Rates
 * stay the model's 0-100 percentages (93.5 is 93.5%), the same number as in the JSON summary.
 */
enum CellFormat {

    TEXT("@", 0),
    /** Text that wraps within a wide column: an explanation. */
    PARAGRAPH("@", 90),
    /** A remark beside a value, set off from it. */
    NOTE("@", 0),
    /** The answer to a question, beside its figure. */
    ANSWER("@", 0),
    /** An http(s) URL, shown as a link; any other text as plain text. */
    LINK("@", 0),
    /** Text that is good news, in green: a figure that moved the right way. */
    GOOD_NEWS("@", 0),
    /** Text that is bad news, in red: a figure that moved the wrong way, a team that ran nothing. */
    BAD_NEWS("@", 0),
    /** A dash in a column of numbers, where a figure has no value, aligned like the numbers. */
    NO_VALUE("@", 0),
    COUNT("#,##0", 11),
    HOURS("#,##0.0", 12),
    SECONDS("#,##0", 12),
    PERCENT("0.0\"%\"", 11),
    /** A change of a rate, in percentage points. */
    POINTS("0.0\" pts\"", 11),
    /** A share from 0 to 1, shown as a percentage: 0.75 is 75%. */
    SHARE("0%", 11),
    DECIMAL("#,##0.0", 12),
    MONEY("#,##0.00", 14),
    DATE("yyyy-mm-dd", 12),
    DATE_TIME("yyyy-mm-dd hh:mm:ss", 20);

    private final String pattern;
    private final int width;

    CellFormat(String pattern, int width) {
        this.pattern = pattern;
        this.width = width;
    }

    static CellFormat of(Measure.Unit unit) {
        return switch (unit) {
            case COUNT -> COUNT;
            case HOURS -> HOURS;
            case SECONDS -> SECONDS;
            case PERCENT -> PERCENT;
        };
    }

    /** Whether text in this format is written as text (the rest are numbers and dates). */
    boolean isText() {
        return pattern.equals("@");
    }

    /** Excel's number format. */
    String pattern() {
        return pattern;
    }

    /** Whether the column's width follows its content rather than the format. */
    boolean fitsContent() {
        return width == 0;
    }

    /** The column width in characters, for formats whose width does not follow the content. */
    int width() {
        return width;
    }
}
