package io.actionsroi.report.pdf;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

import static io.actionsroi.report.pdf.Typesetter.spaced;

/**
 * What every chart of the report shares: its title and note, a sentence in its place when it has no data,
 * the look (fonts, colours, number formats) and the drawing, as vector graphics on {@link ChartGraphics}.
 */
final class Charts {

    /** A bar's category: unique by {@code key}, labelled by {@code text} (two actions may share a title). */
    record Label(String key, String text) implements Comparable<Label> {

        /** A week of the weekly charts, labelled by its first day in the report's zone: "9 Jul". */
        static Label week(Instant start, ZoneId zone) {
            return new Label(start.toString(), Formats.weekStart(start, zone));
        }

        @Override
        public int compareTo(Label other) {
            return key.compareTo(other.key);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final Typesetter type;
    private final Theme theme;
    private final PdfWriter writer;
    private final float width;

    Charts(Typesetter type, Theme theme, PdfWriter writer, float width) {
        this.type = type;
        this.theme = theme;
        this.writer = writer;
        this.width = width;
    }

    /** The chart's title and note, then the chart, {@code height} points high, or {@code none} without one. */
    void add(Document document, String title, String note, JFreeChart chart, float height, String none) {
        document.add(spaced(type.paragraph(title, theme.subheading()), 8, 0));
        document.add(spaced(type.paragraph(note, theme.note()), 1, 4));
        if (chart == null) {
            document.add(spaced(type.paragraph(none, theme.body()), 4, 10));
            return;
        }
        document.add(draw(chart, height));
    }

    /** Fonts, colours and number formats shared by every chart. */
    void style(JFreeChart chart, String numberFormat) {
        StandardChartTheme look = new StandardChartTheme("Actions ROI report");
        look.setExtraLargeFont(font(true, 11));
        look.setLargeFont(font(false, 8.5f));
        look.setRegularFont(font(false, 8));
        look.setSmallFont(font(false, 7.5f));
        look.setBarPainter(new StandardBarPainter());
        look.setShadowVisible(false);
        look.setChartBackgroundPaint(Color.WHITE);
        look.setPlotBackgroundPaint(Color.WHITE);
        look.setPlotOutlinePaint(Color.WHITE);
        look.setRangeGridlinePaint(Theme.RULE);
        look.setDomainGridlinePaint(Color.WHITE);
        look.setAxisLabelPaint(Theme.MUTED);
        look.setTickLabelPaint(Theme.INK);
        look.setItemLabelPaint(Theme.INK);
        look.setLegendItemPaint(Theme.INK);
        look.setLegendBackgroundPaint(Color.WHITE);
        look.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOutlineVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.getRenderer().setSeriesPaint(0, theme.accent());
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(format(numberFormat));
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
    }

    /** The chart fonts: DejaVu Sans, at a size. */
    Font font(boolean bold, float size) {
        return ChartGraphics.font(type.fonts(), bold, size);
    }

    /** Each bar's or point's value written beside it, in {@code valueFormat}. */
    void labelValues(AbstractCategoryItemRenderer renderer, String valueFormat) {
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format(valueFormat)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(font(false, 7.5f));
    }

    /** An axis of weeks or months: narrow margins, labels on up to two lines. */
    static void timeAxis(CategoryAxis axis) {
        axis.setCategoryMargin(0.15);
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        axis.setMaximumCategoryLabelLines(2);
    }

    static void legendBelow(JFreeChart chart) {
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
    }

    static DecimalFormat format(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    }

    private Image draw(JFreeChart chart, float height) {
        PdfTemplate canvas = writer.getDirectContent().createTemplate(width, height);
        Graphics2D graphics = new ChartGraphics(canvas, width, height, type);
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        }
        finally {
            graphics.dispose();
        }
        Image image = Image.getInstance(canvas);
        image.setSpacingAfter(6);
        return image;
    }
}
