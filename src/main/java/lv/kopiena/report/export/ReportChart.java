package lv.kopiena.report.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import javax.imageio.ImageIO;
import lv.kopiena.base.PdfFont;
import lv.kopiena.report.Count;
import lv.kopiena.report.ReportRow;
import lv.kopiena.report.ReportTable;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The chart of a report table (JFreeChart): its value columns as series over its rows, bars for
 * categories, a line over months. A hidden count has no value, so it is simply not drawn (never a
 * guess), and the chart says so beneath. The same chart object draws into a PNG for the page and as
 * vectors into the PDF.
 */
final class ReportChart {

    static final int WIDTH = 720;
    private static final Color INK = new Color(0x1F, 0x2A, 0x37);
    private static final Color MUTED = new Color(0x5B, 0x67, 0x75);
    private static final Color GRID = new Color(0xDD, 0xE2, 0xE8);
    private static final List<Color> SERIES = List.of(new Color(0x1D, 0x5F, 0x8C), new Color(0xE0, 0x8A, 0x1E),
            new Color(0x2E, 0x8B, 0x57), new Color(0x8E, 0x44, 0xAD), new Color(0xC0, 0x39, 0x2B), new Color(0x5B, 0x67, 0x75));

    private ReportChart() {
    }

    static boolean has(ReportTable table) {
        return table.chart() != ReportTable.Chart.NONE;
    }

    /** Height that gives each bar room: horizontal bars grow with the rows, a line chart does not. */
    static int height(ReportTable table) {
        if (table.chart() == ReportTable.Chart.LINE) {
            return 320;
        }
        int bars = table.rows().size() * Math.max(1, table.columnKeys().size());
        return Math.clamp(110 + table.rows().size() * 12L + bars * 16L, 200, 900);
    }

    /** True when some count of the table is hidden and therefore missing from the chart. */
    static boolean hidesValues(ReportTable table) {
        return table.rows().stream().flatMap(r -> r.values().stream()).anyMatch(c -> !c.shown());
    }

    static JFreeChart chart(ReportTable table, ReportTexts texts) {
        if (!has(table)) {
            throw new IllegalArgumentException("Table " + table.id() + " has no chart");
        }
        boolean line = table.chart() == ReportTable.Chart.LINE;
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<ReportRow> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            ReportRow row = rows.get(r);
            Category category = new Category(r, line ? texts.month(row.label()) : texts.label(row));
            for (int c = 0; c < table.columnKeys().size() && c < row.values().size(); c++) {
                Count count = row.values().get(c);
                // null leaves the bar out and the line broken: a hidden count is never drawn
                dataset.addValue(count.shown() ? count.value() : null, texts.column(table.columnKeys().get(c)), category);
            }
        }
        JFreeChart chart = line
                ? ChartFactory.createLineChart(null, null, null, dataset, PlotOrientation.VERTICAL, false, false, false)
                : ChartFactory.createBarChart(null, null, null, dataset, PlotOrientation.HORIZONTAL, false, false, false);
        style(chart, table, texts, line);
        return chart;
    }

    private static void style(JFreeChart chart, ReportTable table, ReportTexts texts, boolean line) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setNoDataMessage(texts.tr("report.export.chart.empty"));
        plot.setNoDataMessageFont(font(13f));
        plot.setNoDataMessagePaint(MUTED);
        plot.setInsets(new RectangleInsets(8, 4, 4, 12));

        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(font(11f));
        categories.setTickLabelPaint(INK);
        categories.setAxisLineVisible(false);
        categories.setTickMarksVisible(false);
        categories.setMaximumCategoryLabelWidthRatio(line ? 1f : 0.45f);
        categories.setMaximumCategoryLabelLines(2);
        if (line && table.rows().size() > 8) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setTickLabelFont(font(11f));
        values.setTickLabelPaint(MUTED);
        values.setAxisLineVisible(false);
        if (wholeNumbers(table)) {
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }

        int series = table.columnKeys().size();
        if (line) {
            LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
            renderer.setDefaultShapesVisible(true);
            for (int s = 0; s < series; s++) {
                renderer.setSeriesPaint(s, SERIES.get(s % SERIES.size()));
                renderer.setSeriesStroke(s, new BasicStroke(2.5f));
            }
        } else {
            BarRenderer renderer = (BarRenderer) plot.getRenderer();
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
            renderer.setItemMargin(0.05);
            renderer.setMaximumBarWidth(0.12);
            for (int s = 0; s < series; s++) {
                renderer.setSeriesPaint(s, SERIES.get(s % SERIES.size()));
            }
        }
        if (series > 1) {
            LegendTitle legend = new LegendTitle(plot);
            legend.setItemFont(font(11f));
            legend.setItemPaint(INK);
            legend.setPosition(RectangleEdge.TOP);
            legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            chart.addLegend(legend);
        }
        if (hidesValues(table)) {
            TextTitle caption = new TextTitle(texts.tr("report.export.chart.hidden"), font(11f));
            caption.setPaint(MUTED);
            caption.setPosition(RectangleEdge.BOTTOM);
            caption.setHorizontalAlignment(HorizontalAlignment.LEFT);
            caption.setPadding(new RectangleInsets(6, 4, 0, 0));
            chart.addSubtitle(caption);
        }
    }

    private static boolean wholeNumbers(ReportTable table) {
        return table.rows().stream().flatMap(r -> r.values().stream())
                .noneMatch(c -> c.value() instanceof BigDecimal d && d.stripTrailingZeros().scale() > 0);
    }

    /** A PNG of the chart at twice its size, so it stays sharp on high-density screens. */
    static byte[] png(ReportTable table, ReportTexts texts) {
        int width = WIDTH;
        int height = height(table);
        JFreeChart chart = chart(table, texts);
        BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(2, 2);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode chart " + table.id(), e);
        }
        return out.toByteArray();
    }

    static Font font(float size) {
        return PdfFont.awt(size);
    }

    /** A category of the chart: its position keeps two rows with the same label apart. */
    private record Category(int index, String label) implements Comparable<Category> {
        @Override
        public int compareTo(Category other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
