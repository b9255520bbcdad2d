package nl.claimdesk.backoffice;

import java.time.Instant;
import java.util.List;
import nl.claimdesk.email.OutboxFigures;
import nl.claimdesk.registration.ClassCount;
import nl.claimdesk.registration.RegistrationFigures;
import nl.claimdesk.registration.RegistrationTotals;

/** Everything the dashboard shows, as counted at {@code readAt}; the class counts only for one campaign. */
record DashboardFigures(
        List<RegistrationFigures.DayCount> perDay,
        RegistrationTotals totals,
        OutboxFigures.Backlog mail,
        long undeliverableAddresses,
        List<ClassCount> classCounts,
        Instant readAt) {}
