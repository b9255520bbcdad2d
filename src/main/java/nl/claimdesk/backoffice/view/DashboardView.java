package nl.claimdesk.backoffice.view;

import java.util.List;
import nl.claimdesk.web.Choice;

/**
 * The dashboard: the choice of campaign and period, the sign-ups per day as a chart (with the same figures as a
 * table), and the totals. Counts only: nothing here says who anyone is.
 */
public record DashboardView(
        List<Choice> campaigns,
        List<Choice> periods,
        String scope,
        String readAt,
        Chart chart,
        List<Figure> registrations,
        List<Figure> claimants,
        List<Figure> categories,
        List<CampaignRow> perCampaign,
        List<Figure> classOutcomes,
        List<Figure> work) {

    /** A label and its count, formatted. */
    public record Figure(String label, String count) {}

    public record CampaignRow(String name, String registrations, String claimants, String supporters) {}

    /**
     * A bar chart in SVG user units ({@code width} by {@code height}); coordinates are ready to print.
     *
     * @param days the chart's figures as a table: each day and its count
     */
    public record Chart(
            String title,
            String description,
            int width,
            int height,
            String plotLeft,
            String plotRight,
            String baseline,
            String tickLabelX,
            String dayLabelY,
            List<Bar> bars,
            List<Tick> ticks,
            List<DayLabel> dayLabels,
            List<Figure> days) {}

    /** One day's bar; {@code label} is its tooltip, e.g. "28-11-2026: 12". */
    public record Bar(String x, String y, String width, String height, String label) {}

    /** A line across the plot at a count, with the count on the axis. */
    public record Tick(String y, String label) {}

    /** A date under the bars. */
    public record DayLabel(String x, String label) {}
}
