package io.actionsroi.delivery.chat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import io.actionsroi.delivery.EmailModel;
import io.actionsroi.report.Wording;
import io.actionsroi.roi.RoiResult;

/**
 * What every chat message says, whatever the service: the email's headline figures and highlights, worded
 * by the same code, and where the full report is. Plain text throughout: each service's message escapes it
 * its own way.
 *
 * @param title "Actions ROI report, 2026-09-30 (UTC)", marked "[TEST]" for a chat test and "[PARTIAL]" for a
 *     report of a day that had not ended
 * @param partial that the report was made before its day ended, in a sentence; null for a whole day
 * @param period the names of the period the headline figures are compared over, and with
 * @param headline the headline figures, as the email has them
 * @param money the hours saved priced at the hourly cost; null when no cost is set
 * @param highlights the dashboard's questions, each answered in a sentence (they name actions and categories,
 *     whose titles are anyone's text)
 * @param pdfLink the link to the archived PDF; null when the archive made none
 * @param reportsFolder the folder of the reports on the machine that made them
 * @param pdf the PDF report's file
 */
public record ChatMessage(
        String title,
        String partial,
        Wording.PeriodNames period,
        List<EmailModel.Figure> headline,
        String money,
        List<String> highlights,
        URI pdfLink,
        String reportsFolder,
        Path pdf) {

    /** The message of {@code result}, whose PDF is {@code pdf}; {@code test} for a chat test. */
    public static ChatMessage of(RoiResult result, Path pdf, URI pdfLink, boolean test) {
        return new ChatMessage(
                (test ? "[TEST] " : "") + (result.partial() ? "[PARTIAL] " : "") + "Actions ROI report, "
                        + result.reportDate() + " (" + result.zone().getId() + ")",
                Wording.partial(result),
                Wording.month(),
                EmailModel.headline(result),
                EmailModel.money(result.totals().money()),
                EmailModel.highlights(result),
                pdfLink,
                pdf.toAbsolutePath().normalize().getParent().toString(),
                pdf);
    }

    /** "30,888.6 h saved in the last 30 days, ▲ 88.8% vs the 30 days before": the notification's line. */
    String monthLine() {
        EmailModel.Figure hoursSaved = headline.get(0);
        return hoursSaved.lastPeriod() + " saved in " + period.current() + ", " + hoursSaved.versus();
    }

    /** "71,525.3 h to date; 30,888.6 h in the last 30 days, ▲ 88.8% vs the 30 days before". */
    String figureLine(EmailModel.Figure figure) {
        return figure.value() + " to date; " + figure.lastPeriod() + " in " + period.current() + ", " + figure.versus();
    }

    /** A headline figure's name: "Total hours saved (lead time)". */
    static String figureName(EmailModel.Figure figure) {
        return figure.label() + (figure.note().isEmpty() ? "" : " (" + figure.note() + ")");
    }

    /** Where the full reports are, for a message that links to none and carries no file. */
    String reportsAreIn() {
        return "The full reports (PDF, workbook, JSON) are in " + reportsFolder + " on the machine that made them.";
    }
}
