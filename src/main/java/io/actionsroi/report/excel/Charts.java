package io.actionsroi.report.excel;

import java.util.List;
import java.util.function.ObjIntConsumer;

import javax.xml.namespace.QName;

import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTOverlap;

/**
 * Native Excel bar, column and line charts, stacked one below the other on a sheet. Their categories
 * and values are references to the workbook's cells (with a cached copy for display), so they stay
 * editable and follow any edit of those cells. The cells must be on sheets of the in-memory part of the
 * workbook, not on a streamed sheet. A chart with no category is left out: an empty range is no valid reference.
 */
final class Charts {

    private static final int WIDTH_COLUMNS = 10;
    private static final int HEIGHT_ROWS = 20;

    private final XSSFDrawing drawing;
    private final int firstColumn;
    private int nextRow;

    /** Charts on {@code sheet}, from column {@code firstColumn} and row {@code firstRow} down. */
    Charts(XSSFSheet sheet, int firstColumn, int firstRow) {
        this.drawing = sheet.createDrawingPatriarch();
        this.firstColumn = firstColumn;
        this.nextRow = firstRow;
    }

    /** Horizontal bars, the first row of the data on top, each series in its colour: for a ranking. */
    void ranking(String title, DataColumn categories, List<DataColumn> series, List<PresetColor> colours) {
        if (categories.rows() == 0) {
            return;
        }
        XDDFBarChartData data = bars(newChart(title), categories, series, colours, BarDirection.BAR);
        data.getCategoryAxis().setOrientation(AxisOrientation.MAX_MIN);
        // With the categories top-down, the value axis crosses at the last one: it stays at the bottom.
        data.getValueAxes().get(0).setCrosses(AxisCrosses.MAX);
    }

    /** Columns stacking the series, each series in its colour: for counts that add up. */
    void stackedColumns(String title, DataColumn categories, List<DataColumn> series, List<PresetColor> colours) {
        if (categories.rows() == 0) {
            return;
        }
        XSSFChart chart = newChart(title);
        XDDFBarChartData data = bars(chart, categories, series, colours, BarDirection.COL);
        data.setBarGrouping(BarGrouping.STACKED);
        overlapFully(chart);
    }

    /** Columns side by side, each series in its colour: for one figure over time. */
    void columns(String title, DataColumn categories, List<DataColumn> series, List<PresetColor> colours) {
        if (categories.rows() == 0) {
            return;
        }
        bars(newChart(title), categories, series, colours, BarDirection.COL);
    }

    /** A line per series, each in its colour with a marker on every point: for a figure week by week. */
    void lines(String title, DataColumn categories, List<DataColumn> series, List<PresetColor> colours) {
        if (categories.rows() == 0) {
            return;
        }
        XSSFChart chart = newChart(title);
        Axes axes = axes(chart, false);
        XDDFLineChartData data =
                (XDDFLineChartData) chart.createData(ChartTypes.LINE, axes.categories(), axes.values());
        data.setVaryColors(false);
        addSeries(data, categories, series, (added, i) -> {
            XDDFLineChartData.Series line = (XDDFLineChartData.Series) added;
            line.setSmooth(false);
            line.setMarkerStyle(MarkerStyle.CIRCLE);
            line.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(colours.get(i)))));
        });
        chart.plot(data);
    }

    private XSSFChart newChart(String title) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0,
                firstColumn, nextRow, firstColumn + WIDTH_COLUMNS, nextRow + HEIGHT_ROWS));
        nextRow += HEIGHT_ROWS + 1;
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    /** The category axis and the value axis, which counts in whole numbers from zero. */
    private static Axes axes(XSSFChart chart, boolean horizontal) {
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valueAxis.setNumberFormat("#,##0");
        return new Axes(categoryAxis, valueAxis);
    }

    private record Axes(XDDFCategoryAxis categories, XDDFValueAxis values) {
    }

    private static XDDFBarChartData bars(XSSFChart chart, DataColumn categories, List<DataColumn> series,
            List<PresetColor> colours, BarDirection direction) {
        Axes axes = axes(chart, direction == BarDirection.BAR);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, axes.categories(), axes.values());
        data.setBarDirection(direction);
        data.setVaryColors(false);
        // Without a fill of its own, LibreOffice draws a series invisible.
        addSeries(data, categories, series, (added, i) ->
                added.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colours.get(i)))));
        chart.plot(data);
        return data;
    }

    /** Adds a series per column, named by the column's header, and styles the i-th with {@code style}. */
    private static void addSeries(XDDFChartData data, DataColumn categories, List<DataColumn> series,
            ObjIntConsumer<XDDFChartData.Series> style) {
        XDDFDataSource<String> names =
                XDDFDataSourcesFactory.fromStringCellRange(sheet(categories), categories.values());
        for (int i = 0; i < series.size(); i++) {
            DataColumn column = series.get(i);
            XDDFChartData.Series added = data.addSeries(names,
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet(column), column.values()));
            added.setTitle(sheet(column).getRow(column.headerRow()).getCell(column.column()).getStringCellValue(),
                    column.header());
            style.accept(added, i);
        }
    }

    /**
     * Stacked bars overlap fully (100%), as in the stacked charts Excel makes itself; without it a series
     * may be drawn offset from the one it stacks on. Set as text: XDDF's setOverlap needs a schema type
     * that poi-ooxml-lite does not ship.
     */
    private static void overlapFully(XSSFChart chart) {
        CTOverlap overlap = chart.getCTChart().getPlotArea().getBarChartArray(0).addNewOverlap();
        try (XmlCursor cursor = overlap.newCursor()) {
            cursor.setAttributeText(new QName("val"), "100");
        }
    }

    private static XSSFSheet sheet(DataColumn column) {
        return (XSSFSheet) column.sheet();
    }
}
