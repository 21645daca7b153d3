package io.actionsroi.report.pdf;

import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import io.actionsroi.report.Numbers;
import io.actionsroi.report.Wording;
import io.actionsroi.roi.Figures;
import io.actionsroi.roi.RoiResult;

import static io.actionsroi.report.pdf.Typesetter.spaced;

/**
 * The page a reader sees first: what the report is, the headline figures as tiles like those of Port's
 * dashboard, and the dashboard's questions answered in a sentence each. Without runs, it says so instead.
 */
final class FirstPage {

    private static final float TILE_PADDING = 10;
    /** Room for a label of two lines and its note. */
    private static final float CAPTION_HEIGHT = 40;
    private static final float HEADLINE_SIZE = 28;
    private static final float COUNT_SIZE = 17;
    private static final float LOGO_WIDTH = 130;
    private static final float LOGO_HEIGHT = 52;

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
        document.add(tiles(HEADLINE_SIZE, List.of(
                new Tile("Total hours saved", "Lead time", Formats.hours(totals.totalLeadTimeSavingsH()), "hours"),
                new Tile("Total processing time saved", "Cycle time", Formats.hours(totals.totalCycleTimeSavingsH()),
                        "hours"),
                new Tile("Total time waiting for approval", "Approvals", Formats.hours(totals.totalWaitingTimeH()),
                        "hours"))));
        document.add(tiles(COUNT_SIZE, List.of(
                new Tile("Runs", "Up to the report date", Numbers.count(totals.totalRuns()), "runs"),
                new Tile("Success rate", "Of all runs", Numbers.percent(totals.successRate()), "successful"),
                new Tile("Runs in the last 7 days", "Failure rate " + Numbers.percent(totals.weeklyFailureRate()),
                        Numbers.count(totals.weeklyTotalRuns()), "runs"))));
        if (result.totals().money() != null) {
            document.add(spaced(type.paragraph(Wording.money(result.totals().money()), theme.body()), 2, 0));
        }
        document.add(spaced(type.paragraph("Highlights", theme.heading()), 14, 4));
        for (Wording.Answer answer : Wording.highlights(result.highlights(), Formats::hours)) {
            document.add(spaced(type.labelled(answer.label() + ": ", answer.text(), theme.body()), 0, 4));
        }
        document.add(spaced(type.paragraph(coverage(), theme.note()), 14, 0));
    }

    /** A headline figure: its label, a note under it, the value and its unit. */
    private record Tile(String label, String note, String value, String unit) {
    }

    /** The title block, and the logo beside it, over a rule of the accent colour. */
    private PdfPTable header() {
        PdfPCell titles = underlined();
        titles.addElement(type.paragraph("Actions ROI report", theme.title()));
        branding.organisation().ifPresent(name -> titles.addElement(
                spaced(type.paragraph(name, theme.subheading().sized(13)), 2, 0)));
        titles.addElement(spaced(type.paragraph("Report date " + result.reportDate() + " (" + result.zone().getId()
                + "): runs created before " + Numbers.time(result.asOf(), result.zone()), theme.body()), 6, 0));
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
            row.addCell(tile(tiles.get(i), value));
        }
        return row;
    }

    /** A tile: its caption on top, of the same height in every tile so that the values line up. */
    private PdfPCell tile(Tile tile, TextStyle valueStyle) {
        PdfPCell caption = borderless();
        caption.setMinimumHeight(CAPTION_HEIGHT);
        caption.addElement(type.paragraph(tile.label(), theme.bodyBold()));
        caption.addElement(type.paragraph(tile.note(), theme.note()));
        PdfPCell figure = borderless();
        figure.setPaddingTop(valueStyle.size() * 0.25f);
        Paragraph value = type.paragraph(tile.value(), valueStyle);
        value.setAlignment(Element.ALIGN_CENTER);
        figure.addElement(value);
        Paragraph unit = type.paragraph(tile.unit(), theme.note().sized(9));
        unit.setAlignment(Element.ALIGN_CENTER);
        figure.addElement(unit);
        PdfPTable content = new PdfPTable(1);
        content.setWidthPercentage(100);
        content.addCell(caption);
        content.addCell(figure);
        PdfPCell cell = new PdfPCell(content);
        cell.setBorderColor(Theme.RULE);
        cell.setBorderWidth(0.75f);
        cell.setPadding(TILE_PADDING);
        return cell;
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
                + Numbers.count(result.totals().actionsWithRuns()) + " of which ran. The next pages show where the"
                + " time is saved, the figures of every action, category and team, how each figure is computed"
                + " and what the figures leave out.";
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
