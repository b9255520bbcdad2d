package nl.claimdesk.campaign.backoffice;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The date of a timeline item exactly as typed in the day, month and year fields. Future dates are allowed: a
 * planned hearing belongs on the timeline too.
 */
record TimelineDate(String day, String month, String year) {

    static final String FIELD = "date";
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");

    static TimelineDate read(Map<String, String> params) {
        return new TimelineDate(
                params.getOrDefault(FIELD + "Day", "").strip(),
                params.getOrDefault(FIELD + "Month", "").strip(),
                params.getOrDefault(FIELD + "Year", "").strip());
    }

    static TimelineDate of(LocalDate date) {
        return new TimelineDate(
                String.valueOf(date.getDayOfMonth()),
                String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    static TimelineDate empty() {
        return new TimelineDate("", "", "");
    }

    /** The date typed, or {@code null} after adding the reason it is none to {@code errors}. */
    @Nullable
    LocalDate check(Texts t, FormErrors errors) {
        if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
            errors.add(FIELD, t.get("content.date.missing"));
            return null;
        }
        if (!NUMBER.matcher(day).matches() || !NUMBER.matcher(month).matches() || !year.matches("[0-9]{4}")) {
            errors.add(FIELD, t.get("content.date.notANumber"));
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            errors.add(FIELD, t.get("content.date.impossible"));
            return null;
        }
    }
}
