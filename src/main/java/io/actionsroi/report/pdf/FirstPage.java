package io.actionsroi.report.pdf;

import java.awt.Color;
import java.util.List;
import java.util.regex.Pattern;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import io.actionsroi.report.Numbers;
import io.actionsroi.report.Wording;
import io.actionsroi.report.Wording.Better;
import io.actionsroi.report.Wording.ChangeWords;
import io.actionsroi.report.Wording.PeriodNames;
import io.actionsroi.report.Wording.Tendency;
import io.actionsroi.roi.Change;
import io.actionsroi.roi.Figures;
import io.actionsroi.roi.PeriodChange;
import io.actionsroi.roi.PeriodComparison;
import io.actionsroi.roi.PeriodFigures;
import io.actionsroi.roi.RoiResult;

import static io.actionsroi.report.pdf.Typesetter.spaced;

/**
 * The page a reader sees first: what the report is; the headline figures as tiles like those of Port's
 * dashboard, each with its last 30 days and their change against the 30 days before; the three questions
 * "is it growing, who uses it, what is it worth" answered; and the dashboard's questions answered in a
 * sentence each. A team's report says whose it is under the title, and sets the team's hours saved and
 * success rate against the organisation's. Without runs, it says so instead.
 */
final class FirstPage {

    private static final Pattern ARROW_SPACE = Pattern.compile("([▲▼]) ");
    private static final float TILE_PADDING = 10;
    /** Room for a label of two lines and its note. */
    private static final float CAPTION_HEIGHT = 40;
    private static final float HEADLINE_SIZE = 28;
    private static final float COUNT_SIZE = 17;
    private static final float LOGO_WIDTH = 130;
    private static final float LOGO_HEIGHT = 52;
    /** The space above and below the rule over a tile's recent figure. */
    private static final float TREND_GAP = 5;

    private final RoiResult result;
    private final Branding branding;
    private final Typesetter type;
    private final Theme theme;
    private final float contentWidth;

    FirstPage(RoiResult result, Branding branding, Typesetter type, float contentWidth) {
        this.result = result;
        this.branding = branding;
        this.type = type;
        this.theme = branding.theme();
        this.contentWidth = contentWidth;
    }

    void addTo(Document document) {
        document.add(header());
        if (result.totals().figures().totalRuns() == 0) {
            addNoRuns(document);
            return;
        }
        Figures totals = result.totals().figures();
        PeriodComparison month = result.periods().month();
        PeriodFigures lastMonth = month.current();
        PeriodChange monthChange = month.change();
        PeriodComparison week = result.periods().week();
        document.add(tiles(HEADLINE_SIZE, List.of(
                new Tile("Total hours saved", "Lead time", Formats.hours(totals.totalLeadTimeSavingsH()), "hours",
                        inLastMonth(Formats.hours(lastMonth.leadTimeSavingsH()) + " h"),
                        monthly(monthChange.leadTimeSavingsH(), Better.UP)),
                new Tile("Total processing time saved", "Cycle time", Formats.hours(totals.totalCycleTimeSavingsH()),
                        "hours", inLastMonth(Formats.hours(lastMonth.cycleTimeSavingsH()) + " h"),
                        monthly(monthChange.cycleTimeSavingsH(), Better.UP)),
                new Tile("Total time waiting for approval", "Approvals", Formats.hours(totals.totalWaitingTimeH()),
                        "hours", inLastMonth(Formats.hours(lastMonth.waitingTimeH()) + " h"),
                        monthly(monthChange.waitingTimeH(), Better.DOWN)))));
        document.add(tiles(COUNT_SIZE, List.of(
                new Tile("Runs", "Up to the report date", Numbers.count(totals.totalRuns()), "runs",
                        inLastMonth(Numbers.counted(lastMonth.totalRuns(), "run", "runs")),
                        monthly(monthChange.totalRuns(), Better.UP)),
                new Tile("Success rate", "Of all runs", Numbers.percent(totals.successRate()), "successful",
                        inLastMonth(Numbers.percent(lastMonth.successRate())),
                        trend(Wording.successRateChange(month), Wording.month())),
                // its value is the week's: it compares the week with the week before
                new Tile("Runs in the last 7 days", "Failure rate " + Numbers.percent(totals.weeklyFailureRate()),
                        Numbers.count(totals.weeklyTotalRuns()), "runs",
                        Numbers.counted(week.previous().totalRuns(), "run", "runs") + " in " + Wording.week().previous(),
                        trend(Wording.change(week.change().totalRuns(), Better.UP, false), Wording.week())))));
        if (result.totals().money() != null) {
            document.add(spaced(type.paragraph(Wording.money(result.totals().money()), theme.body()), 2, 0));
        }
        if (result.scope() != null) {
            document.add(spaced(type.paragraph("The team in the organisation", theme.heading()), 12, 4));
            answers(document, List.of(Wording.teamShare(result, Formats::hours), Wording.teamSuccessRate(result)), ": ");
        }
        document.add(spaced(type.paragraph("Is self-service working?", theme.heading()), 12, 4));
        answers(document, Wording.story(result, Formats::hours), " ");
        document.add(spaced(type.paragraph("Highlights", theme.heading()), 10, 4));
        answers(document, Wording.highlights(result.highlights(), Formats::hours), ": ");
        document.add(spaced(type.paragraph(coverage(), theme.note()), 12, 0));
    }

    /**
     * A headline figure: its label, a note under it, the value and its unit, then a recent figure ("3,120 h in
     * the last 30 days") and the change against the period before.
     */
    private record Tile(String label, String note, String value, String unit, String recent, Trend trend) {
    }

    /** A change in words, "▲ 12.4% vs the 30 days before", in the colour of good or bad news. */
    private record Trend(String text, Tendency tendency) {
    }

    private static String inLastMonth(String figure) {
        return figure + " in " + Wording.month().current();
    }

    private static Trend monthly(Change change, Better better) {
        return trend(Wording.change(change, better, false), Wording.month());
    }

    private static Trend trend(ChangeWords change, PeriodNames period) {
        return new Trend(keepArrows(Wording.versus(change, period)), change.tendency());
    }

    /** Each answer after its label in bold: "Is it growing? Yes: ...", "Most run this week: ...". */
    private void answers(Document document, List<Wording.Answer> answers, String separator) {
        for (Wording.Answer answer : answers) {
            document.add(spaced(type.labelled(answer.label() + separator, keepArrows(answer.text()), theme.body()),
                    0, 4));
        }
    }

    /** The text with a no-break space after each arrow, so that "▲ 12.4%" never breaks between its two. */
    private static String keepArrows(String text) {
        return ARROW_SPACE.matcher(text).replaceAll("$1\u00A0");
    }

    /** The title block, and the logo beside it, over a rule of the accent colour. */
    private PdfPTable header() {
        PdfPCell titles = underlined();
        titles.addElement(type.paragraph("Actions ROI report", theme.title()));
        if (result.scope() != null) {
            titles.addElement(spaced(type.paragraph(Wording.teamReport(result), theme.subheading().sized(15)), 2, 0));
        }
        branding.organisation().ifPresent(name -> titles.addElement(
                spaced(type.paragraph(name, theme.subheading().sized(13)), 2, 0)));
        titles.addElement(spaced(type.paragraph("Report date " + result.reportDate() + " (" + result.zone().getId()
                + "): runs created before " + Numbers.time(result.asOf(), result.zone()), theme.body()), 6, 0));
        if (result.partial()) {
            titles.addElement(spaced(type.paragraph(Wording.partial(result), theme.subheading().sized(11)), 4, 0));
        }
        PdfPTable header = branding.logo().isEmpty()
                ? new PdfPTable(1)
                : new PdfPTable(new float[] {contentWidth - LOGO_WIDTH, LOGO_WIDTH});
        header.setWidthPercentage(100);
        header.setSpacingAfter(14);
        header.addCell(titles);
        branding.logo().ifPresent(image -> {
            Image logo = Image.getInstance(image);
            logo.scaleToFit(LOGO_WIDTH, LOGO_HEIGHT);
            logo.setAlignment(Image.ALIGN_RIGHT);
            PdfPCell logoCell = underlined();
            logoCell.addElement(logo);
            header.addCell(logoCell);
        });
        return header;
    }

    /** Tiles side by side with a gap between them, their values in one size that fits the widest. */
    private PdfPTable tiles(float largestSize, List<Tile> tiles) {
        float gap = 8;
        float tileWidth = (contentWidth - gap * (tiles.size() - 1)) / tiles.size();
        // a little narrower than the tile, so that rounding never wraps a number
        float room = 0.92f * (tileWidth - 2 * TILE_PADDING);
        TextStyle largest = new TextStyle(largestSize, true, Theme.INK);
        float size = largestSize;
        for (Tile tile : tiles) {
            // a text's width grows in proportion to its size
            size = Math.min(size, largestSize * room / type.width(tile.value(), largest));
        }
        TextStyle value = largest.sized(size);
        // the recent figures and their changes line up across the row, however many lines each takes
        int lines = 0;
        for (Tile tile : tiles) {
            lines = Math.max(lines, lines(tile.recent(), theme.note(), room) + lines(tile.trend().text(), trendStyle(tile),
                    room));
        }
        float trendHeight = lines * theme.note().size() * Typesetter.LEADING + TREND_GAP;
        float[] widths = new float[tiles.size() * 2 - 1];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i % 2 == 0 ? tileWidth : gap;
        }
        PdfPTable row = new PdfPTable(widths);
        row.setWidthPercentage(100);
        row.setSpacingAfter(gap);
        for (int i = 0; i < tiles.size(); i++) {
            if (i > 0) {
                row.addCell(borderless());
            }
            row.addCell(tile(tiles.get(i), value, trendHeight));
        }
        return row;
    }

    /** A tile: its caption on top, of the same height in every tile so that the values line up. */
    private PdfPCell tile(Tile tile, TextStyle valueStyle, float trendHeight) {
        PdfPCell caption = borderless();
        caption.setMinimumHeight(CAPTION_HEIGHT);
        caption.addElement(type.paragraph(tile.label(), theme.bodyBold()));
        caption.addElement(type.paragraph(tile.note(), theme.note()));
        PdfPCell figure = borderless();
        figure.setPaddingTop(valueStyle.size() * 0.25f);
        figure.setPaddingBottom(TREND_GAP);
        Paragraph value = type.paragraph(tile.value(), valueStyle);
        value.setAlignment(Element.ALIGN_CENTER);
        figure.addElement(value);
        Paragraph unit = type.paragraph(tile.unit(), theme.note().sized(9));
        unit.setAlignment(Element.ALIGN_CENTER);
        figure.addElement(unit);
        PdfPCell trend = borderless();
        trend.setMinimumHeight(trendHeight);
        trend.setPaddingTop(TREND_GAP);
        trend.setBorder(Rectangle.TOP);
        trend.setBorderColor(Theme.RULE);
        trend.setBorderWidth(0.5f);
        Paragraph recent = type.paragraph(tile.recent(), theme.note());
        recent.setAlignment(Element.ALIGN_CENTER);
        trend.addElement(recent);
        Paragraph change = type.paragraph(tile.trend().text(), trendStyle(tile));
        change.setAlignment(Element.ALIGN_CENTER);
        trend.addElement(change);
        PdfPTable content = new PdfPTable(1);
        content.setWidthPercentage(100);
        content.addCell(caption);
        content.addCell(figure);
        content.addCell(trend);
        PdfPCell cell = new PdfPCell(content);
        cell.setBorderColor(Theme.RULE);
        cell.setBorderWidth(0.75f);
        cell.setPadding(TILE_PADDING);
        return cell;
    }

    /** The change in bold, green when it is good news, red when it is bad, grey when neither. */
    private TextStyle trendStyle(Tile tile) {
        Color colour = switch (tile.trend().tendency()) {
            case GOOD -> Theme.GOOD;
            case BAD -> Theme.BAD;
            case NEUTRAL -> Theme.MUTED;
        };
        return new TextStyle(theme.note().size(), true, colour);
    }

    /** The lines {@code text} takes in {@code room} points, roughly: a word is never split. */
    private int lines(String text, TextStyle style, float room) {
        return Math.max(1, (int) Math.ceil(type.width(text, style) / room));
    }

    private void addNoRuns(Document document) {
        document.add(spaced(type.paragraph("No runs in this period", theme.title().sized(20)), 40, 10));
        long actions = result.totals().actions();
        String what = actions == 0 ? "The source holds no action, and no run was created before "
                : "No run of the " + Numbers.counted(actions, "action", "actions") + " was created before ";
        document.add(type.paragraph(what + Numbers.time(result.asOf(), result.zone()) + ", so there are no hours"
                + " saved, charts or tables to show. The next page says how the figures are computed and which"
                + " runs, if any, the report left out.", theme.body()));
    }

    private String coverage() {
        return "Over " + Numbers.counted(result.totals().actions(), "action", "actions") + ", "
                + Numbers.count(result.totals().actionsWithRuns()) + " of which ran. The next pages show the last 12"
                + " months and who uses the actions, where the time is saved, the figures of every action, category"
                + " and team, how each figure is computed and what the figures leave out.";
    }

    private PdfPCell underlined() {
        PdfPCell cell = borderless();
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(theme.accent());
        cell.setBorderWidth(2);
        cell.setPaddingBottom(10);
        return cell;
    }

    private static PdfPCell borderless() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }
}
