package io.actionsroi.report.pdf;

import java.awt.Color;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

import com.lowagie.text.Document;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import io.actionsroi.report.Numbers;
import io.actionsroi.report.pdf.Charts.Label;
import io.actionsroi.roi.ActionFigures;
import io.actionsroi.roi.Figures;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.Rollup;
import io.actionsroi.roi.WeekOfRuns;

import static io.actionsroi.report.pdf.Typesetter.spaced;

/**
 * The charts, two to a page, drawn as vector graphics with JFreeChart on {@link ChartGraphics}: hours saved
 * by category, the top actions by hours saved, the runs of the last 12 weeks by status, and the actions
 * that wait longest for approval. A chart without data is replaced by a sentence saying so.
 */
final class ChartSection {

    private static final int TOP = 10;
    private static final float BAR_ROW = 24;
    /** A chart has room for three bars at least. */
    private static final int MIN_BARS = 3;
    private static final float WEEKS_HEIGHT = 230;
    /** Bar labels: hours saved run to thousands, waits are often under an hour. */
    private static final String HOURS_SAVED = "#,##0.0";
    private static final String WAITING_HOURS = "#,##0.00";
    private static final Color SUCCESSFUL = Theme.GOOD;
    private static final Color FAILED = Theme.BAD;
    private static final Color IN_PROGRESS = new Color(0xF9, 0xA8, 0x25);
    private static final Color OTHER = new Color(0x9E, 0x9E, 0x9E);

    private final RoiResult result;
    private final Typesetter type;
    private final Theme theme;
    private final Charts charts;

    ChartSection(RoiResult result, Typesetter type, Theme theme, Charts charts) {
        this.result = result;
        this.type = type;
        this.theme = theme;
        this.charts = charts;
    }

    void addTo(Document document) {
        document.newPage();
        document.add(spaced(type.paragraph("Where the time is saved", theme.heading()), 0, 6));
        add(document, "Hours saved by category", "Hours saved (lead time) by the runs of each category's actions.",
                categories(), "No category saved time.");
        add(document, "Top " + TOP + " actions by hours saved", "Hours saved (lead time) per action, the "
                + TOP + " actions that saved the most.", topActions(), "No action saved time.");
        document.newPage();
        document.add(spaced(type.paragraph("Runs and approvals", theme.heading()), 0, 6));
        add(document, "Runs per week, last 12 weeks", "Runs by status in the 12 weeks before "
                + Numbers.time(result.asOf(), result.zone()) + ", each week labelled by its first day.", weeks(),
                "No run in the last 12 weeks.");
        add(document, "Longest waits for approval", "Average and longest time a run waited for approval, in hours,"
                + " for the " + TOP + " actions whose runs wait longest on average.", waits(),
                "No run waited for approval.");
    }

    private void add(Document document, String title, String note, JFreeChart chart, String none) {
        charts.add(document, title, note, chart, chart == null ? 0 : height(chart.getCategoryPlot()), none);
    }

    /** Room for every bar of a horizontal chart and its label of up to three lines. */
    private static float height(CategoryPlot plot) {
        if (plot.getOrientation() == PlotOrientation.VERTICAL) {
            return WEEKS_HEIGHT;
        }
        int bars = plot.getDataset().getColumnCount();
        int series = plot.getDataset().getRowCount();
        return 50 + Math.max(MIN_BARS, bars) * (BAR_ROW + 8 * (series - 1));
    }

    private JFreeChart categories() {
        List<Rollup> saving = result.categories().stream()
                .filter(category -> category.figures().totalLeadTimeSavingsH() != 0)
                .sorted(Figures.mostHoursSavedFirst(Rollup::figures, Rollup::key))
                .toList();
        if (saving.isEmpty()) {
            return null;
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<Rollup> shown = saving.size() > TOP ? saving.subList(0, TOP - 1) : saving;
        shown.forEach(category -> dataset.addValue(category.figures().totalLeadTimeSavingsH(), "Hours saved",
                new Label(category.key(), category.title())));
        if (shown.size() < saving.size()) {
            // no category has an empty identifier, so the key of the rest is unique
            List<Rollup> rest = saving.subList(shown.size(), saving.size());
            dataset.addValue(rest.stream().mapToDouble(category -> category.figures().totalLeadTimeSavingsH()).sum(),
                    "Hours saved", new Label("", Numbers.counted(rest.size(), "other category", "other categories")));
        }
        return horizontalBars(dataset, "hours", HOURS_SAVED);
    }

    private JFreeChart topActions() {
        List<ActionFigures> top = top(Figures::totalLeadTimeSavingsH, action -> action.totalLeadTimeSavingsH() != 0);
        if (top.isEmpty()) {
            return null;
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        top.forEach(action -> dataset.addValue(action.figures().totalLeadTimeSavingsH(), "Hours saved", label(action)));
        return horizontalBars(dataset, "hours", HOURS_SAVED);
    }

    private JFreeChart waits() {
        List<ActionFigures> top = top(Figures::averageWaitingTimeH, action -> action.runsWithWaitingTime() > 0);
        if (top.isEmpty()) {
            return null;
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ActionFigures action : top) {
            dataset.addValue(action.figures().averageWaitingTimeH(), "Average wait", label(action));
            dataset.addValue(action.figures().maxWaitingTimeH(), "Longest wait", label(action));
        }
        JFreeChart chart = horizontalBars(dataset, "hours", WAITING_HOURS);
        chart.getCategoryPlot().getRenderer().setSeriesPaint(1, Theme.RULE.darker());
        Charts.legendBelow(chart);
        return chart;
    }

    private JFreeChart weeks() {
        if (result.runsPerWeek().stream().allMatch(week -> week.total() == 0)) {
            return null;
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (WeekOfRuns week : result.runsPerWeek()) {
            Label label = Label.week(week.start(), result.zone());
            dataset.addValue(week.successful(), "Successful", label);
            dataset.addValue(week.failed(), "Failed", label);
            dataset.addValue(week.inProgress(), "In progress", label);
            dataset.addValue(week.other(), "Other (waiting, declined, unknown)", label);
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(null, null, null, dataset, PlotOrientation.VERTICAL,
                true, false, false);
        charts.style(chart, "#,##0");
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setSeriesPaint(0, SUCCESSFUL);
        renderer.setSeriesPaint(1, FAILED);
        renderer.setSeriesPaint(2, IN_PROGRESS);
        renderer.setSeriesPaint(3, OTHER);
        renderer.setMaximumBarWidth(0.06);
        Charts.timeAxis(chart.getCategoryPlot().getDomainAxis());
        Charts.legendBelow(chart);
        return chart;
    }

    /** The actions that ran and pass {@code shown}, the {@value #TOP} largest by {@code measure}. */
    private List<ActionFigures> top(ToDoubleFunction<Figures> measure, Predicate<Figures> shown) {
        return result.actions().stream()
                .filter(action -> action.figures().totalRuns() > 0 && shown.test(action.figures()))
                .sorted(Comparator.comparingDouble((ActionFigures action) -> -measure.applyAsDouble(action.figures()))
                        .thenComparing(ActionFigures::identifier))
                .limit(TOP)
                .toList();
    }

    private static Label label(ActionFigures action) {
        return new Label(action.identifier(), action.name());
    }

    private JFreeChart horizontalBars(DefaultCategoryDataset dataset, String unit, String valueFormat) {
        JFreeChart chart = ChartFactory.createBarChart(null, null, unit, dataset, PlotOrientation.HORIZONTAL,
                dataset.getRowCount() > 1, false, false);
        charts.style(chart, "#,##0.##");
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryAxis categories = plot.getDomainAxis();
        categories.setMaximumCategoryLabelLines(3);
        categories.setMaximumCategoryLabelWidthRatio(0.38f);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        // bars equally thick in every chart, however few: see height()
        renderer.setMaximumBarWidth(0.6 / Math.max(MIN_BARS, dataset.getColumnCount()));
        renderer.setItemMargin(0.05);
        charts.labelValues(renderer, valueFormat);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.getRangeAxis().setUpperMargin(0.15);
        return chart;
    }
}
