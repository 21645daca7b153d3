package io.actionsroi.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.JsonNode;

import io.actionsroi.delivery.MimeParts;
import io.actionsroi.report.Numbers;

/**
 * What one report's outputs say, read back as their readers see them: the JSON summary's figures, the
 * workbook's cell values (POI), the PDF's text (PDFBox) and the email's bodies. Without what differs
 * between two runs that made the same report (when it was generated, the output folder; MIME boundaries,
 * Message-IDs, the PDF's /ID and the zip's entry times are not read at all), so that two reports can be
 * compared whole.
 */
final class ReportContents {

    private final Path folder;
    private final Path outputDir;
    private final LocalDate date;
    private final String generatedAt;

    /** The report of {@code date} in the output folder of {@code cli}. */
    ReportContents(ReportCli cli, LocalDate date) {
        this.outputDir = cli.outputDir();
        this.folder = outputDir.resolve(date.toString());
        this.date = date;
        JsonNode summary = PortLikeServer.readJson(file("json"));
        this.generatedAt = Numbers.time(Instant.parse(summary.get("generatedAt").asString()),
                ZoneId.of(summary.get("zone").asString()));
    }

    Path file(String extension) {
        return folder.resolve("actions-roi-" + date + "." + extension);
    }

    JsonNode summary() {
        return PortLikeServer.withoutRunDetails(PortLikeServer.readJson(file("json")));
    }

    /** Every cell of every sheet, as "Sheet!A1 = value", numbers at full precision. */
    List<String> workbookCells() {
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file("xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    Cell first = row.getCell(0);
                    if (first != null && first.toString().equals("Generated at")) {
                        continue;
                    }
                    for (Cell cell : row) {
                        cells.add(sheet.getSheetName() + "!" + cell.getAddress() + " = " + value(cell));
                    }
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }

    String pdfText() {
        try (PDDocument pdf = Loader.loadPDF(file("pdf").toFile())) {
            return withoutRunDetails(new PDFTextStripper().getText(pdf));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plain text and the HTML of an email of this report. */
    String emailBodies(MimeMessage message) {
        MimeParts parts = MimeParts.of(message);
        return withoutRunDetails(parts.text() + "\n----- HTML -----\n" + parts.html());
    }

    private String value(Cell cell) {
        return switch (cell.getCellType()) {
            case NUMERIC -> Double.toString(cell.getNumericCellValue());
            case STRING -> withoutRunDetails(cell.getStringCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case FORMULA -> "=" + cell.getCellFormula();
            default -> cell.getCellType().name();
        };
    }

    private String withoutRunDetails(String text) {
        return text.replace(generatedAt, "<generated at>").replace(outputDir.toString(), "<output dir>");
    }
}
