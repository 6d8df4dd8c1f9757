package org.factdesk.dashboard.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.factdesk.common.GridPreferenceStore;
import org.factdesk.common.ui.BrowserTimeZone;
import org.factdesk.common.ui.GridMemory;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.factdesk.dashboard.DashboardService;
import org.factdesk.dashboard.TeamDashboard;
import org.factdesk.security.AppRoles;
import org.factdesk.review.SuggestionSource;
import org.factdesk.review.Verdict;

import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The team lead's overview: workload per editor, articles per state, verdicts as a bar chart, sentences
 * reviewed per day. Every count of articles links to the assignment grid filtered to what it counts.
 */
@Route("dashboard")
@Menu(order = 20, icon = "vaadin:chart", title = "nav.dashboard")
@RolesAllowed({AppRoles.LEAD_NAME, AppRoles.ADMIN_NAME})
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    DashboardView(DashboardService dashboardService, GridPreferenceStore preferences) {
        addClassName("fd-dashboard");
        TeamDashboard team = dashboardService.team();

        // Each figure opens the list it counts (the assignment grid, filtered the same way).
        HorizontalLayout states = new HorizontalLayout();
        states.addClassName("fd-state-counts");
        states.setWrap(true);
        team.articlesByState().forEach((state, count) -> {
            Anchor badge = new Anchor("assignments?state=" + state, getTranslation("state." + state) + ": " + count);
            badge.addClassName("fd-state-count");
            badge.getElement().setAttribute("data-state", state);
            badge.getElement().setAttribute("title", getTranslation("dashboard.showArticles",
                    getTranslation("state." + state)));
            states.add(badge);
        });

        Grid<TeamDashboard.EditorLoad> editors = new Grid<>();
        editors.addClassName("fd-editor-grid");
        editors.addColumn(TeamDashboard.EditorLoad::displayName).setHeader(getTranslation("assignment.editor"))
                .setKey("editor").setWidth("7rem").setFlexGrow(2)
                .setComparator(Comparator.comparing(TeamDashboard.EditorLoad::displayName, String.CASE_INSENSITIVE_ORDER));
        editors.addColumn(figure(TeamDashboard.EditorLoad::assigned, "state=ASSIGNED"))
                .setHeader(getTranslation("state.ASSIGNED")).setWidth("6.5rem").setFlexGrow(1)
                .setKey("assigned").setComparator(Comparator.comparingLong(TeamDashboard.EditorLoad::assigned));
        editors.addColumn(figure(TeamDashboard.EditorLoad::inReview, "state=IN_REVIEW"))
                .setHeader(getTranslation("state.IN_REVIEW")).setWidth("6.5rem").setFlexGrow(1)
                .setKey("inReview").setComparator(Comparator.comparingLong(TeamDashboard.EditorLoad::inReview));
        editors.addColumn(figure(TeamDashboard.EditorLoad::submitted, "state=SUBMITTED"))
                .setHeader(getTranslation("state.SUBMITTED")).setWidth("6.5rem").setFlexGrow(1)
                .setKey("submitted").setComparator(Comparator.comparingLong(TeamDashboard.EditorLoad::submitted));
        editors.addColumn(figure(TeamDashboard.EditorLoad::approved, "state=APPROVED"))
                .setHeader(getTranslation("state.APPROVED")).setWidth("6.5rem").setFlexGrow(1)
                .setKey("approved").setComparator(Comparator.comparingLong(TeamDashboard.EditorLoad::approved));
        editors.addColumn(figure(TeamDashboard.EditorLoad::overdue, "overdue=true"))
                .setHeader(getTranslation("assignment.overdue")).setWidth("6.5rem").setFlexGrow(1)
                .setKey("overdue").setComparator(Comparator.comparingLong(TeamDashboard.EditorLoad::overdue));
        editors.addColumn(TeamDashboard.EditorLoad::reviewedLast7Days)
                .setHeader(getTranslation("dashboard.reviewed7Days")).setWidth("6.5rem").setFlexGrow(1)
                .setKey("reviewed7Days").setComparator(Comparator.comparingLong(TeamDashboard.EditorLoad::reviewedLast7Days));
        // Headers wrap rather than being cut ("Sentences reviewed (7 days)" in a narrow column).
        editors.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        editors.setItems(team.editors());
        editors.setAllRowsVisible(true);
        editors.setMultiSort(false);
        new GridMemory<>(editors, "dashboard-editors", preferences, Map::of).restore();

        Svg chart = new Svg(verdictChart(team.verdicts()));
        chart.addClassName("fd-verdict-chart");

        add(new H1(getTranslation("nav.dashboard")), new H2(getTranslation("dashboard.byState")), states,
                new H2(getTranslation("dashboard.byEditor")), editors,
                new H2(getTranslation("dashboard.verdicts")), chart);
        H2 perDayHeading = new H2(getTranslation("dashboard.reviewedPerDay"));
        perDayHeading.setId("fd-reviewed-per-day-heading");
        add(perDayHeading, new ReviewedPerDayChart(dashboardService.reviewedPerDay(BrowserTimeZone.of(UI.getCurrent())),
                getLocale(), perDayHeading.getId().orElseThrow()));
        add(new H2(getTranslation("dashboard.suggestions")), suggestionGrid(team.suggestionsByDetector()));
    }

    /** A figure of an editor's row as a link to the assignment grid filtered to that editor and {@code filter}. */
    private LitRenderer<TeamDashboard.EditorLoad> figure(ToLongFunction<TeamDashboard.EditorLoad> value,
                                                         String filter) {
        return LitRenderer.<TeamDashboard.EditorLoad>of(
                        "<a class=\"fd-figure-link\" href=\"${item.href}\" title=\"${item.hint}\">${item.value}</a>")
                .withProperty("href", load -> "assignments?assignee=" + load.userId() + "&" + filter)
                .withProperty("hint", load -> getTranslation("dashboard.showArticles", load.displayName()))
                .withProperty("value", value::applyAsLong);
    }

    /** Per detector, what editors did with its suggestions: the share accepted is its precision in use. */
    private Grid<Map.Entry<String, SuggestionSource.DecisionCounts>> suggestionGrid(
            Map<String, SuggestionSource.DecisionCounts> byDetector) {
        Grid<Map.Entry<String, SuggestionSource.DecisionCounts>> grid = new Grid<>();
        grid.addClassName("fd-suggestion-grid");
        grid.addColumn(entry -> detectorLabel(entry.getKey())).setHeader(getTranslation("dashboard.detector"))
                .setFlexGrow(2);
        grid.addColumn(entry -> entry.getValue().open()).setHeader(getTranslation("dashboard.suggestionsOpen"));
        grid.addColumn(entry -> entry.getValue().accepted()).setHeader(getTranslation("dashboard.suggestionsAccepted"));
        grid.addColumn(entry -> entry.getValue().dismissed())
                .setHeader(getTranslation("dashboard.suggestionsDismissed"));
        grid.addColumn(entry -> share(entry.getValue().acceptedShare()))
                .setHeader(getTranslation("dashboard.suggestionsAcceptedShare"))
                .setComparator(entry -> Double.isNaN(entry.getValue().acceptedShare()) ? -1
                        : entry.getValue().acceptedShare());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(List.copyOf(byDetector.entrySet()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String detectorLabel(String detector) {
        String key = "assist.detector." + detector;
        String label = getTranslation(key);
        return label == null || label.isBlank() || label.contains(key) ? detector : label;
    }

    private String share(double share) {
        return Double.isNaN(share) ? "–"
                : NumberFormat.getPercentInstance(getLocale()).format(share);
    }

    /** A horizontal bar chart drawn on the server: one labelled bar per verdict, coloured as in the reader. */
    private String verdictChart(Map<Verdict, Long> verdicts) {
        long max = Math.max(1, verdicts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int barHeight = 28;
        int labelWidth = 170;
        int barWidth = 360;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(labelWidth + barWidth + 70).append("\" height=\"").append(verdicts.size() * (barHeight + 10))
                .append("\" aria-label=\"").append(escape(getTranslation("dashboard.verdicts"))).append("\">");
        int y = 0;
        for (Map.Entry<Verdict, Long> entry : verdicts.entrySet()) {
            long width = Math.round(barWidth * entry.getValue() / (double) max);
            svg.append("<g class=\"fd-bar\" data-verdict=\"").append(entry.getKey().key()).append("\">")
                    .append("<text x=\"0\" y=\"").append(y + 19).append("\">")
                    .append(escape(getTranslation(entry.getKey().translationKey()))).append("</text>")
                    .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y).append("\" width=\"")
                    .append(width).append("\" height=\"").append(barHeight).append("\" rx=\"3\"/>")
                    .append("<text class=\"fd-bar-value\" x=\"").append(labelWidth + width + 8).append("\" y=\"")
                    .append(y + 19).append("\">").append(entry.getValue()).append("</text></g>");
            y += barHeight + 10;
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " · FactDesk";
    }
}
