package nl.claimdesk.backoffice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.email.OutboxFigures;
import nl.claimdesk.email.UndeliverableAddresses;
import nl.claimdesk.registration.RegistrationFigures;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures, asked from the modules that own them and kept for
 * {@code claimdesk.figures.maximum-age}: at a million registrations counting takes seconds (ADR 0018), which a page
 * that several people keep open should neither cost nor make them wait for every time.
 */
@Component
class Dashboard {

    /** Which figures: one campaign or all (null), over the days up to and including {@code today}. */
    record Scope(@Nullable CampaignId campaign, int days, LocalDate today) {}

    private final RegistrationFigures registrations;
    private final OutboxFigures outbox;
    private final UndeliverableAddresses undeliverable;
    private final Clock clock;
    private final ZoneId zone;
    private final FiguresCache<Scope, DashboardFigures> cache;

    Dashboard(
            RegistrationFigures registrations,
            OutboxFigures outbox,
            UndeliverableAddresses undeliverable,
            Clock clock,
            BackofficeSettings settings) {
        this.registrations = registrations;
        this.outbox = outbox;
        this.undeliverable = undeliverable;
        this.clock = clock;
        this.zone = clock.getZone();
        this.cache = new FiguresCache<>(
                clock,
                settings.maximumAge(),
                task -> Thread.ofVirtual().name("dashboard-figures").start(task));
    }

    DashboardFigures figures(@Nullable CampaignId campaign, int days) {
        return cache.get(new Scope(campaign, days, LocalDate.now(clock)), this::count);
    }

    ZoneId zone() {
        return zone;
    }

    private DashboardFigures count(Scope scope) {
        return new DashboardFigures(
                registrations.perDay(scope.campaign(), scope.today().minusDays(scope.days() - 1L), scope.today(), zone),
                registrations.totals(scope.campaign()),
                outbox.backlog(),
                undeliverable.count(),
                scope.campaign() == null ? List.of() : registrations.classCounts(scope.campaign()),
                clock.instant());
    }
}
