package io.actionsroi.report.excel;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes values into cells: text always as text (never a formula, whatever it looks like), numbers as
 * numbers at full precision, instants as Excel dates in the report zone, and http(s) URLs as links.
 *
 * <p>A link lives in memory until the workbook is written (about 2 KB each in POI), so only the first
 * {@code maxLinks} URLs become links; the others stay plain text, and memory stays flat whatever the
 * number of runs.
 */
final class Cells {

    private final CellStyles styles;
    private final ZoneId zone;
    private final CreationHelper creationHelper;
    private int linksLeft;
    private boolean urlLeftWithoutLink;

    Cells(CellStyles styles, ZoneId zone, CreationHelper creationHelper, int maxLinks) {
        this.styles = styles;
        this.zone = zone;
        this.creationHelper = creationHelper;
        this.linksLeft = maxLinks;
    }

    /** Writes {@code value} in {@code format}; a null value leaves the cell empty. */
    void write(Row row, int column, CellFormat format, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (format == CellFormat.LINK) {
            link(cell, (String) value);
        } else if (format.isText()) {
            text(cell, (String) value, format);
        } else {
            setNumber(cell, value);
            cell.setCellStyle(styles.of(format));
        }
    }

    /** Writes text in a style of its own (a header, a title), as text. */
    void write(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(CellText.stored(text));
        cell.setCellStyle(style);
    }

    /** Whether an http(s) URL was written as plain text because the links allowed were used up. */
    boolean urlLeftWithoutLink() {
        return urlLeftWithoutLink;
    }

    /** A number, or a date or an instant as Excel's day count (an instant in the report zone). */
    private void setNumber(Cell cell, Object value) {
        if (value instanceof Instant instant) {
            cell.setCellValue(LocalDateTime.ofInstant(instant, zone));
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else {
            cell.setCellValue(((Number) value).doubleValue());
        }
    }

    private void text(Cell cell, String text, CellFormat format) {
        cell.setCellValue(CellText.stored(text));
        cell.setCellStyle(styles.text(format, text));
    }

    private void link(Cell cell, String url) {
        text(cell, url, CellFormat.TEXT);
        if (linksLeft == 0) {
            // Parsing a URL is a good part of a run's row: past the links, only the first one left is checked.
            urlLeftWithoutLink = urlLeftWithoutLink || isWebAddress(url);
            return;
        }
        if (!isWebAddress(url)) {
            return;
        }
        Hyperlink link = creationHelper.createHyperlink(HyperlinkType.URL);
        link.setAddress(url);
        cell.setHyperlink(link);
        cell.setCellStyle(styles.of(CellFormat.LINK));
        linksLeft--;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        }
        catch (URISyntaxException e) {
            return false;
        }
    }
}
