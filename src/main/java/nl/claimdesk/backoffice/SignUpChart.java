package nl.claimdesk.backoffice;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.claimdesk.backoffice.view.DashboardView;
import nl.claimdesk.registration.RegistrationFigures.DayCount;
import nl.claimdesk.web.Texts;

/** Lays out sign-ups per day as a bar chart: the geometry the template prints as SVG. */
final class SignUpChart {

    static final int WIDTH = 760;
    static final int HEIGHT = 300;
    private static final int LEFT = 64;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 36;
    private static final int MOST_DAY_LABELS = 8;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d-M");

    private SignUpChart() {}

    static DashboardView.Chart of(List<DayCount> days, Texts t, NumberFormat numbers) {
        long most = days.stream().mapToLong(DayCount::count).max().orElse(0);
        long total = days.stream().mapToLong(DayCount::count).sum();
        long step = step(most);
        long top = Math.max(step, (most + step - 1) / step * step);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = plotWidth / Math.max(1, days.size());
        double barWidth = Math.max(1, slot * 0.8);

        List<DashboardView.Bar> bars = new ArrayList<>();
        List<DashboardView.Figure> table = new ArrayList<>();
        List<DashboardView.DayLabel> labels = new ArrayList<>();
        int labelEvery = (days.size() + MOST_DAY_LABELS - 1) / MOST_DAY_LABELS;
        for (int i = 0; i < days.size(); i++) {
            DayCount day = days.get(i);
            double height = plotHeight * day.count() / top;
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            String count = numbers.format(day.count());
            bars.add(new DashboardView.Bar(
                    number(x),
                    number(TOP + plotHeight - height),
                    number(barWidth),
                    number(height),
                    day.day().format(DAY) + ": " + count));
            table.add(new DashboardView.Figure(day.day().format(DAY), count));
            if ((days.size() - 1 - i) % Math.max(1, labelEvery) == 0) {
                labels.add(new DashboardView.DayLabel(
                        number(x + barWidth / 2), day.day().format(SHORT_DAY)));
            }
        }
        List<DashboardView.Tick> ticks = new ArrayList<>();
        for (long value = 0; value <= top; value += step) {
            ticks.add(
                    new DashboardView.Tick(number(TOP + plotHeight - plotHeight * value / top), numbers.format(value)));
        }
        String first = days.isEmpty() ? "" : days.getFirst().day().format(DAY);
        String last = days.isEmpty() ? "" : days.getLast().day().format(DAY);
        DayCount busiest =
                days.stream().reduce((a, b) -> b.count() > a.count() ? b : a).orElse(null);
        String description = busiest == null || busiest.count() == 0
                ? t.get("dashboard.chart.descriptionNone", first, last)
                : t.get(
                        "dashboard.chart.description",
                        numbers.format(total),
                        first,
                        last,
                        busiest.day().format(DAY),
                        numbers.format(busiest.count()));
        return new DashboardView.Chart(
                t.get("dashboard.chart.title", days.size()),
                description,
                WIDTH,
                HEIGHT,
                number(LEFT),
                number(WIDTH - RIGHT),
                number(TOP + plotHeight),
                number(LEFT - 8.0),
                number(TOP + plotHeight + 20),
                bars,
                ticks,
                labels,
                table);
    }

    /** A round step for about four grid lines: 1, 2 or 5 times a power of ten. */
    static long step(long most) {
        long rough = Math.max(1, (most + 3) / 4);
        long power = 1;
        while (power * 10 <= rough) {
            power *= 10;
        }
        for (long factor : new long[] {1, 2, 5, 10}) {
            if (factor * power >= rough) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
