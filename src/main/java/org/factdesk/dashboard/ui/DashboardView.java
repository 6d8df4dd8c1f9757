package org.factdesk.dashboard.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
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
import java.util.List;
import java.util.Map;

/** The team lead's overview: workload per editor, articles per state, verdicts as a bar chart. */
@Route("dashboard")
@Menu(order = 20, icon = "vaadin:chart", title = "nav.dashboard")
@RolesAllowed({AppRoles.LEAD_NAME, AppRoles.ADMIN_NAME})
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    DashboardView(DashboardService dashboardService) {
        addClassName("fd-dashboard");
        TeamDashboard team = dashboardService.team();

        HorizontalLayout states = new HorizontalLayout();
        states.addClassName("fd-state-counts");
        team.articlesByState().forEach((state, count) -> {
            Span badge = new Span(getTranslation("state." + state) + ": " + count);
            badge.addClassName("fd-state-count");
            badge.getElement().setAttribute("data-state", state);
            states.add(badge);
        });

        Grid<TeamDashboard.EditorLoad> editors = new Grid<>();
        editors.addClassName("fd-editor-grid");
        editors.addColumn(TeamDashboard.EditorLoad::displayName).setHeader(getTranslation("assignment.editor"))
                .setFlexGrow(2);
        editors.addColumn(TeamDashboard.EditorLoad::assigned).setHeader(getTranslation("state.ASSIGNED"));
        editors.addColumn(TeamDashboard.EditorLoad::inReview).setHeader(getTranslation("state.IN_REVIEW"));
        editors.addColumn(TeamDashboard.EditorLoad::submitted).setHeader(getTranslation("state.SUBMITTED"));
        editors.addColumn(TeamDashboard.EditorLoad::approved).setHeader(getTranslation("state.APPROVED"));
        editors.addColumn(TeamDashboard.EditorLoad::overdue).setHeader(getTranslation("assignment.overdue"));
        editors.addColumn(TeamDashboard.EditorLoad::reviewedLast7Days)
                .setHeader(getTranslation("dashboard.reviewed7Days"));
        editors.setItems(team.editors());
        editors.setAllRowsVisible(true);

        Svg chart = new Svg(verdictChart(team.verdicts()));
        chart.addClassName("fd-verdict-chart");

        add(new H1(getTranslation("nav.dashboard")), new H2(getTranslation("dashboard.byState")), states,
                new H2(getTranslation("dashboard.byEditor")), editors,
                new H2(getTranslation("dashboard.verdicts")), chart,
                new H2(getTranslation("dashboard.suggestions")), suggestionGrid(team.suggestionsByDetector()));
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
                .setHeader(getTranslation("dashboard.suggestionsAcceptedShare"));
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
