package io.actionsroi.report.pdf;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import io.actionsroi.report.Numbers;
import io.actionsroi.report.Wording;
import io.actionsroi.report.pdf.Charts.Label;
import io.actionsroi.report.pdf.ReportTable.Column;
import io.actionsroi.roi.IssueKind;
import io.actionsroi.roi.MonthOfRuns;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.TeamAdoption;
import io.actionsroi.roi.WeekOfRuns;

import static io.actionsroi.report.pdf.Typesetter.spaced;

/**
 * The Trends page, after the first: whether self-service grows (the hours saved and the runs of the last
 * 12 calendar months, the active users of the last 12 weeks) and who uses it (every team's adoption, the
 * teams without a run in 30 days marked). The adoption table starts on a page of its own when the rest of
 * this one cannot hold it.
 */
final class TrendsSection {

    static final String TITLE = "Trends and adoption";
    static final String LAGGING = "no run in 30 days";

    private static final float MONTHS_HEIGHT = 112;
    private static final float WEEKS_HEIGHT = 96;
    /** Room for the adoption's title, note and a few rows. */
    private static final float MIN_ROOM = 140;
    private static final String NOT_READ = "\u2013";

    private final RoiResult result;
    private final Typesetter type;
    private final Theme theme;
    private final Charts charts;
    private final PdfWriter writer;
    private final float width;

    TrendsSection(RoiResult result, Typesetter type, Theme theme, Charts charts, PdfWriter writer, float width) {
        this.result = result;
        this.type = type;
        this.theme = theme;
        this.charts = charts;
        this.writer = writer;
        this.width = width;
    }

    void addTo(Document document) {
        document.newPage();
        document.add(spaced(type.paragraph(TITLE, theme.heading()), 0, 2));
        String months = "each calendar month in " + result.zone().getId() + ", the last up to the report date";
        charts.add(document, "Hours saved per month", "Hours saved (lead time) by the runs of " + months + ".",
                perMonth("Hours saved", MonthOfRuns::leadTimeSavingsH), MONTHS_HEIGHT,
                "No run of the last 12 months saved time.");
        charts.add(document, "Runs per month", "Runs created in " + months + ".",
                perMonth("Runs", MonthOfRuns::totalRuns), MONTHS_HEIGHT, "No run in the last 12 months.");
        charts.add(document, "Active users per week", "People who ran an action in each of the 12 weeks before "
                + Numbers.time(result.asOf(), result.zone()) + ", by the week's first day.", activeUsersPerWeek(),
                WEEKS_HEIGHT, "No one ran an action in the last 12 weeks.");
        addAdoption(document);
    }

    /** A column a month of {@code measure}; null when every month's is 0. */
    private JFreeChart perMonth(String series, ToDoubleFunction<MonthOfRuns> measure) {
        if (result.runsPerMonth().stream().allMatch(month -> measure.applyAsDouble(month) == 0)) {
            return null;
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (MonthOfRuns month : result.runsPerMonth()) {
            dataset.addValue(measure.applyAsDouble(month), series,
                    new Label(month.month().toString(), Formats.month(month.month())));
        }
        return columns(dataset);
    }

    private JFreeChart activeUsersPerWeek() {
        if (result.runsPerWeek().stream().allMatch(week -> week.activeUsers() == 0)) {
            return null;
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (WeekOfRuns week : result.runsPerWeek()) {
            dataset.addValue(week.activeUsers(), "Active users", Label.week(week.start(), result.zone()));
        }
        JFreeChart chart = overTime(ChartFactory.createLineChart(null, null, null, dataset, PlotOrientation.VERTICAL,
                false, false, false));
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesStroke(0, new BasicStroke(1.5f));
        return chart;
    }

    /** The months' columns. */
    private JFreeChart columns(DefaultCategoryDataset dataset) {
        JFreeChart chart = overTime(ChartFactory.createBarChart(null, null, null, dataset, PlotOrientation.VERTICAL,
                false, false, false));
        ((BarRenderer) chart.getCategoryPlot().getRenderer()).setMaximumBarWidth(0.06);
        return chart;
    }

    /** A chart over weeks or months from 0 up, each value rounded and written above its column or point. */
    private JFreeChart overTime(JFreeChart chart) {
        charts.style(chart, "#,##0");
        CategoryPlot plot = chart.getCategoryPlot();
        Charts.timeAxis(plot.getDomainAxis());
        AbstractCategoryItemRenderer renderer = (AbstractCategoryItemRenderer) plot.getRenderer();
        charts.labelValues(renderer, "#,##0");
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        renderer.setDefaultNegativeItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        // room for the values above the highest
        plot.getRangeAxis().setUpperMargin(0.25);
        return chart;
    }

    private void addAdoption(Document document) {
        List<Element> block = new ArrayList<>();
        block.add(spaced(type.paragraph("Adoption by team", theme.subheading()), 8, 0));
        block.add(spaced(type.paragraph("Each team in Port, then the runs of users without a team. Members: the"
                + " users whose teams include it; active: those of them who ran any action in " + Wording.month().current()
                + ". Runs and hours saved: the runs of " + Wording.month().current() + " whose primary team it is (the"
                + " first team of the user who ran them). The last run may be older.", theme.note()), 1, 4));
        if (result.adoption().users() == null) {
            Wording.DataQualityCase unread = Wording.dataQualityCase(IssueKind.USER_DIRECTORY_UNAVAILABLE);
            block.add(spaced(type.paragraph(unread.what() + ". " + unread.effect() + " Members show as " + NOT_READ
                    + "; the data quality at the end says why.", theme.body()), 0, 2));
        }
        block.add(new ReportTable(type, theme).of(List.of(
                Column.<TeamAdoption>text("Team", 27, TeamAdoption::title),
                Column.<TeamAdoption>number("Members", 10, team -> count(team.members())),
                Column.<TeamAdoption>number("Active members in 30 days", 17, team -> count(team.activeMembers30d())),
                Column.<TeamAdoption>number("Runs in 30 days", 12, team -> Numbers.count(team.runs30d())),
                Column.<TeamAdoption>number("Hours saved in 30 days", 19,
                        team -> Formats.hours(team.leadTimeSavingsH30d())),
                Column.<TeamAdoption>number("Last run", 13, team -> team.lastRunAt() == null ? "never"
                        : Formats.day(team.lastRunAt(), result.zone()))),
                result.adoption().teamsDetail(),
                team -> team.lagging() ? LAGGING : null));
        // on a page of its own when it fits one; a longer table starts here, if a few rows fit, and runs over
        float height = height(block);
        float room = writer.getVerticalPosition(true) - document.bottom();
        if (height > room && (height <= document.top() - document.bottom() || room < MIN_ROOM)) {
            document.newPage();
        }
        block.forEach(document::add);
    }

    /** How high {@code elements} are when set at the page's width. */
    private float height(List<Element> elements) {
        float top = 100_000;
        ColumnText column = new ColumnText(null);
        column.setSimpleColumn(0, 0, width, top);
        elements.forEach(column::addElement);
        column.go(true);
        return top - column.getYLine();
    }

    private static String count(Long count) {
        return count == null ? NOT_READ : Numbers.count(count);
    }
}
