package org.factdesk.dashboard.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import org.factdesk.dashboard.DashboardService.DayCount;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Sentences reviewed per day as a column chart drawn on the server (SVG, no chart library: Vaadin Charts
 * is commercial, and 30 bars need none), with its text alternative: a summary sentence the chart is
 * described by, each bar's figure as its tooltip, and every figure in a table below (collapsed).
 */
class ReviewedPerDayChart extends Div {

    private static final int BAR = 16;
    private static final int GAP = 4;
    private static final int HEIGHT = 120;
    private static final int AXIS = 22;

    ReviewedPerDayChart(List<DayCount> days, Locale locale, String headingId) {
        addClassName("fd-reviewed-per-day");
        DateTimeFormatter longDay = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        DateTimeFormatter shortDay = DateTimeFormatter.ofPattern(locale.getLanguage().equals("de") ? "d.M." : "M/d",
                locale);
        long total = days.stream().mapToLong(DayCount::sentences).sum();
        DayCount busiest = days.stream().max(Comparator.comparingLong(DayCount::sentences)
                .thenComparing(DayCount::day)).orElse(null);
        Paragraph summary = new Paragraph(total == 0 || busiest == null ? getTranslation("dashboard.chartNone")
                : getTranslation("dashboard.chartSummary", total, longDay.format(busiest.day()), busiest.sentences()));
        summary.addClassName("fd-chart-summary");
        summary.setId("fd-reviewed-per-day-summary");

        long max = Math.max(1, busiest == null ? 1 : busiest.sentences());
        int width = days.size() * (BAR + GAP);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(width)
                .append(' ').append(HEIGHT + AXIS).append("\" aria-labelledby=\"").append(headingId)
                .append(' ').append(summary.getId().orElseThrow()).append("\" preserveAspectRatio=\"xMinYMin meet\">");
        int x = 0;
        for (int i = 0; i < days.size(); i++) {
            DayCount day = days.get(i);
            int height = (int) Math.round(HEIGHT * day.sentences() / (double) max);
            svg.append("<g class=\"fd-day\" data-day=\"").append(day.day()).append("\" data-count=\"")
                    .append(day.sentences()).append("\"><title>")
                    .append(escape(getTranslation("dashboard.barTitle", longDay.format(day.day()), day.sentences())))
                    .append("</title><rect x=\"").append(x).append("\" y=\"").append(HEIGHT - height)
                    .append("\" width=\"").append(BAR).append("\" height=\"").append(Math.max(height, 1))
                    .append("\" rx=\"2\"/>");
            // Every 7th day labelled below (all 30 labels would overlap), counted back from today.
            if ((days.size() - 1 - i) % 7 == 0) {
                svg.append("<text x=\"").append(x + BAR / 2).append("\" y=\"").append(HEIGHT + 16)
                        .append("\" text-anchor=\"middle\">").append(escape(shortDay.format(day.day()))).append("</text>");
            }
            svg.append("</g>");
            x += BAR + GAP;
        }
        svg.append("</svg>");
        Svg chart = new Svg(svg.toString());
        chart.addClassName("fd-day-chart");

        NativeTable table = new NativeTable();
        table.addClassName("fd-day-table");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("dashboard.day"));
        head.addHeaderCell().setText(getTranslation("dashboard.sentences"));
        for (DayCount day : days) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(longDay.format(day.day()));
            row.addDataCell().setText(Long.toString(day.sentences()));
        }
        Details figures = new Details(getTranslation("dashboard.chartTable"), table);
        figures.addClassName("fd-day-figures");
        add(chart, summary, figures);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
