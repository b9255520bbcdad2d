package nl.claimdesk.registration.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.infrastructure.RateLimiter;
import nl.claimdesk.infrastructure.SecurityEvent;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.infrastructure.TooManyRequests;
import nl.claimdesk.registration.ClaimantStatus;
import nl.claimdesk.registration.FilePaths;
import nl.claimdesk.registration.RegistrationState;
import nl.claimdesk.registration.internal.RegistrationSettings;
import nl.claimdesk.registration.view.ParticipantSearchView;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.ErrorView;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import nl.claimdesk.web.backoffice.BackofficePage;
import nl.claimdesk.web.backoffice.BackofficePages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Finding participants in the back office, and exporting what was found. Every search and every export is a look at
 * personal data, so each is recorded in the audit log (the filter, never the results) and no response is cached.
 */
@Controller
class ParticipantsController {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final ParticipantSearch search;
    private final ParticipantExports exports;
    private final Campaigns campaigns;
    private final BackofficePages pages;
    private final AuditLog audit;
    private final RateLimiter limiter;
    private final RateLimiter.Limit exportsPerStaff;
    private final ZoneId zone;

    ParticipantsController(
            ParticipantSearch search,
            ParticipantExports exports,
            Campaigns campaigns,
            BackofficePages pages,
            AuditLog audit,
            RateLimiter limiter,
            RegistrationSettings settings,
            Clock clock) {
        this.search = search;
        this.exports = exports;
        this.campaigns = campaigns;
        this.pages = pages;
        this.audit = audit;
        this.limiter = limiter;
        this.exportsPerStaff =
                new RateLimiter.Limit("export-staff", settings.rateLimits().exportPerStaff(), Duration.ofHours(1));
        this.zone = clock.getZone();
    }

    @ModelAttribute("form")
    ParticipantSearchForm form(
            @RequestParam(defaultValue = "NAME") String by,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String campaign,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String claimantStatus,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "false") boolean review,
            @RequestParam(defaultValue = "NEWEST") String sort) {
        return new ParticipantSearchForm(by, q, campaign, status, claimantStatus, from, to, review, sort);
    }

    /** The search page; asked by htmx (live search), only its results part. */
    @GetMapping(ParticipantSections.PARTICIPANTS)
    ModelAndView search(
            @ModelAttribute("form") ParticipantSearchForm form,
            @RequestParam(required = false) @Nullable String after,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(value = "HX-History-Restore-Request", required = false) @Nullable String restore,
            HttpServletRequest request,
            HttpServletResponse response) {
        StaffMember member = StaffMember.require();
        Texts t = pages.texts();
        FormErrors errors = FormErrors.none();
        Optional<ParticipantFilter> filter = form.check(campaigns, t, errors);
        List<ParticipantSearchView.Row> rows = List.of();
        String nextHref = null;
        if (filter.isPresent()) {
            ParticipantCursor cursor =
                    after == null ? null : ParticipantCursor.decode(after).orElse(null);
            ParticipantSearch.ResultPage found = search.search(filter.get(), cursor);
            audit.record(
                    Actor.staff(member.id()),
                    request.getRemoteAddr(),
                    "participants.searched",
                    "participants",
                    "search",
                    filter.get().describe());
            rows = found.rows().stream().map(row -> row(row, t)).toList();
            if (found.next() != null) {
                String search = withQuery(ParticipantSections.PARTICIPANTS, form);
                nextHref = search + (search.contains("?") ? "&" : "?") + "after="
                        + found.next().encode();
            }
        }
        ParticipantSearchView view = view(form, t, errors, rows, nextHref, filter.isPresent());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.VARY, "HX-Request");
        BackofficePage page = pages.page(t.get("participants.title"), ParticipantSections.PARTICIPANTS);
        // A history restore wants the whole page back, not just the results.
        boolean fragment = htmx != null && restore == null;
        ModelAndView result =
                new ModelAndView(fragment ? "registration/backoffice/results" : "registration/backoffice/participants");
        result.addObject("page", page);
        result.addObject("view", view);
        if (!errors.isEmpty()) {
            // htmx swaps in only successful responses; the message is in the results part.
            result.setStatus(fragment ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
        }
        return result;
    }

    @GetMapping(ParticipantSections.PARTICIPANTS + "/export.csv")
    @Nullable
    ModelAndView exportRegistrations(
            @ModelAttribute("form") ParticipantSearchForm form,
            HttpServletRequest request,
            HttpServletResponse response) {
        return export(ParticipantExports.Kind.REGISTRATIONS, "deelnemers", form, request, response);
    }

    @GetMapping(ParticipantSections.PARTICIPANTS + "/claimants.csv")
    @Nullable
    ModelAndView exportClaimants(
            @ModelAttribute("form") ParticipantSearchForm form,
            HttpServletRequest request,
            HttpServletResponse response) {
        return export(ParticipantExports.Kind.CLAIMANTS, "gedupeerden", form, request, response);
    }

    private @Nullable ModelAndView export(
            ParticipantExports.Kind kind,
            String name,
            ParticipantSearchForm form,
            HttpServletRequest request,
            HttpServletResponse response) {
        Texts t = pages.texts();
        Optional<ParticipantFilter> filter = form.check(campaigns, t, FormErrors.none());
        if (filter.isEmpty()) {
            // The search page says what is wrong with the filter, next to the field.
            return new ModelAndView("redirect:" + withQuery(ParticipantSections.PARTICIPANTS, form));
        }
        StaffMember member = StaffMember.require();
        try {
            limiter.check(exportsPerStaff, member.id().toString());
        } catch (TooManyRequests refused) {
            SecurityEvent.RATE_LIMIT_REFUSED.log(
                    "limit",
                    refused.limit(),
                    "kind",
                    kind.name(),
                    "retryAfterSeconds",
                    refused.retryAfter().toSeconds());
            return exportRefused(refused.retryAfter(), form, response);
        }
        try {
            Writer out = CsvWriter.download(response, name + "-" + LocalDate.now(zone));
            exports.write(kind, filter.get(), out, t, member, request.getRemoteAddr());
        } catch (IOException | UncheckedIOException clientGone) {
            // The client went away mid-way; the export's audit entry says how many rows it got.
        }
        return null;
    }

    /** More exports than the limit allows: a page that says how long to wait, with status 429 and Retry-After. */
    private ModelAndView exportRefused(Duration retryAfter, ParticipantSearchForm form, HttpServletResponse response) {
        long seconds = Math.max(1, retryAfter.toSeconds());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        Texts t = pages.texts();
        String heading = t.get("participants.export.tooMany.title");
        ErrorView view = new ErrorView(
                HttpStatus.TOO_MANY_REQUESTS.value(),
                heading,
                t.get("participants.export.tooMany.explanation", exportsPerStaff.maximum(), (seconds + 59) / 60),
                withQuery(ParticipantSections.PARTICIPANTS, form));
        return Views.render(
                "registration/backoffice/export-refused",
                pages.page(heading, ParticipantSections.PARTICIPANTS),
                view,
                HttpStatus.TOO_MANY_REQUESTS);
    }

    private ParticipantSearchView.Row row(ParticipantRow row, Texts t) {
        return new ParticipantSearchView.Row(
                row.reference(),
                row.name(),
                row.email(),
                row.postcode() == null ? "" : row.postcode(),
                campaigns.byId(row.campaign()).map(c -> c.name(Language.NL)).orElse(""),
                t.get("participants.kind." + row.kind().name()),
                row.claimants(),
                t.get("participants.status." + row.state().name())
                        + (row.suspectedFraud() ? " · " + t.get("bo.field.fraud") : ""),
                SHOWN.format(row.createdAt().atZoneSameInstant(zone)),
                FilePaths.of(row.id()));
    }

    private ParticipantSearchView view(
            ParticipantSearchForm form,
            Texts t,
            FormErrors errors,
            List<ParticipantSearchView.Row> rows,
            @Nullable String nextHref,
            boolean valid) {
        List<Choice> campaignChoices = new ArrayList<>();
        campaignChoices.add(new Choice(
                "", t.get("participants.filter.all"), null, form.campaign().isEmpty()));
        for (CampaignSummary campaign : campaigns.all()) {
            campaignChoices.add(new Choice(
                    campaign.slug(),
                    campaign.name(Language.NL),
                    null,
                    campaign.slug().equals(form.campaign())));
        }
        return new ParticipantSearchView(
                choices(SearchKind.values(), "participants.by.", form.by(), null, t),
                form.q(),
                campaignChoices,
                choices(RegistrationState.values(), "participants.status.", form.status(), "", t),
                choices(ClaimantStatus.values(), "participants.claimantStatus.", form.claimantStatus(), "", t),
                form.from(),
                form.to(),
                form.review(),
                choices(ParticipantSort.values(), "participants.sort.", form.sort(), null, t),
                errors,
                rows,
                nextHref,
                valid ? withQuery(ParticipantSections.PARTICIPANTS + "/export.csv", form) : null,
                valid ? withQuery(ParticipantSections.PARTICIPANTS + "/claimants.csv", form) : null);
    }

    /** Options for an enum, each labelled by {@code prefix + name}; with {@code any}, first an option for "all". */
    private static List<Choice> choices(
            Enum<?>[] values, String prefix, String selected, @Nullable String any, Texts t) {
        List<Choice> choices = new ArrayList<>();
        if (any != null) {
            choices.add(new Choice(any, t.get("participants.filter.all"), null, selected.equals(any)));
        }
        for (Enum<?> value : values) {
            choices.add(new Choice(
                    value.name(),
                    t.get(prefix + value.name()),
                    null,
                    value.name().equals(selected)));
        }
        return choices;
    }

    private static String withQuery(String path, ParticipantSearchForm form) {
        String query = form.queryString();
        return query.isEmpty() ? path : path + "?" + query;
    }
}
