package nl.claimdesk.payout.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.payout.internal.run.PaymentRuns;
import nl.claimdesk.payout.view.PaymentRunView;
import nl.claimdesk.payout.view.PaymentRunsView;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Link;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import nl.claimdesk.web.backoffice.BackofficePages;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Payment runs in the back office: start one for an approved settlement, approve someone else's, download its
 * pain.001 files. Pages show counts and totals only; the names and IBANs are in the files.
 */
@Controller
class PaymentRunController {

    private static final int RECENT = 50;

    private final PaymentRuns runs;
    private final BackofficePages pages;
    private final ZoneId zone;

    PaymentRunController(PaymentRuns runs, BackofficePages pages, Clock clock) {
        this.runs = runs;
        this.pages = pages;
        this.zone = clock.getZone();
    }

    @GetMapping(PaymentRunSection.PATH)
    ModelAndView list(@RequestParam(required = false) @Nullable String done) {
        return list(done, FormErrors.none());
    }

    private ModelAndView list(@Nullable String done, FormErrors errors) {
        Texts t = pages.texts();
        List<PaymentRunsView.Row> rows = runs.recent(RECENT).stream()
                .map(run -> new PaymentRunsView.Row(
                        time(run.createdAt(), t),
                        run.payments(),
                        euros(run.totalCents(), t),
                        t.get(run.approved() ? "bo.paymentRuns.approved" : "bo.paymentRuns.waiting"),
                        PaymentRunSection.PATH + "/" + run.id()))
                .toList();
        List<Choice> settlements = runs.approvedSettlements().stream()
                .map(settlement -> new Choice(
                        settlement.id().toString(),
                        settlement.reference() + " (" + settlement.date() + ")",
                        null,
                        false))
                .toList();
        String notice = "none".equals(done) || "busy".equals(done) ? t.get("bo.paymentRuns.done." + done) : null;
        return Views.render(
                "payout/backoffice/payment-runs",
                pages.page(t.get("bo.paymentRuns.title"), PaymentRunSection.PATH),
                new PaymentRunsView(notice, errors, rows, settlements, PaymentRunSection.PATH),
                errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @PostMapping(PaymentRunSection.PATH)
    ModelAndView create(@RequestParam(required = false) @Nullable String settlement, HttpServletRequest request) {
        Optional<UUID> chosen = runs.approvedSettlements().stream()
                .map(PaymentRuns.Settlement::id)
                .filter(id -> id.toString().equals(settlement))
                .findFirst();
        if (chosen.isEmpty()) {
            return list(
                    null, FormErrors.none().add("settlement", pages.texts().get("bo.paymentRuns.settlement.missing")));
        }
        Optional<UUID> run;
        try {
            run = runs.create(chosen.get(), StaffMember.require().id(), request.getRemoteAddr());
        } catch (DuplicateKeyException anotherRunAtTheSameTime) {
            return new ModelAndView("redirect:" + PaymentRunSection.PATH + "?done=busy");
        }
        return new ModelAndView(
                "redirect:" + PaymentRunSection.PATH + run.map(id -> "/" + id).orElse("?done=none"));
    }

    @GetMapping(PaymentRunSection.PATH + "/{id}")
    ModelAndView show(@PathVariable UUID id, @RequestParam(required = false) @Nullable String done) {
        PaymentRuns.Run run = found(id);
        Texts t = pages.texts();
        boolean mayApprove =
                !run.approved() && !run.createdBy().equals(StaffMember.require().id());
        List<PaymentRunView.FileRow> files = runs.files(id).stream()
                .map(file -> new PaymentRunView.FileRow(
                        new Link(
                                t.get("bo.paymentRuns.file", file.number()),
                                PaymentRunSection.PATH + "/" + id + "/files/" + file.number()),
                        file.transactions(),
                        euros(file.controlSumCents(), t),
                        file.sha256()))
                .toList();
        String notice = done != null
                        && List.of("approved", "SAME_PERSON", "ALREADY_APPROVED")
                                .contains(done)
                ? t.get("bo.paymentRuns.done." + done)
                : null;
        return Views.render(
                "payout/backoffice/payment-run",
                pages.page(t.get("bo.paymentRuns.run", time(run.createdAt(), t)), PaymentRunSection.PATH),
                new PaymentRunView(
                        notice,
                        time(run.createdAt(), t),
                        run.payments(),
                        euros(run.totalCents(), t),
                        t.get(run.approved() ? "bo.paymentRuns.approved" : "bo.paymentRuns.waiting"),
                        mayApprove ? PaymentRunSection.PATH + "/" + id + "/approve" : null,
                        PaymentRunSection.PATH,
                        files));
    }

    @PostMapping(PaymentRunSection.PATH + "/{id}/approve")
    ModelAndView approve(@PathVariable UUID id, HttpServletRequest request) {
        found(id);
        String outcome = runs.approve(id, StaffMember.require().id(), request.getRemoteAddr())
                .map(Enum::name)
                .orElse("approved");
        return new ModelAndView("redirect:" + PaymentRunSection.PATH + "/" + id + "?done=" + outcome);
    }

    @GetMapping(PaymentRunSection.PATH + "/{id}/files/{number}")
    void download(
            @PathVariable UUID id, @PathVariable int number, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        // Only an approved run has files: the run's own row, whose totals count every payment, is not needed here.
        if (runs.files(id).stream().noneMatch(file -> file.number() == number)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        response.setContentType("application/xml");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"pain001-" + id + "-" + number + ".xml\"");
        runs.download(id, number, StaffMember.require().id(), request.getRemoteAddr(), response.getOutputStream());
    }

    private PaymentRuns.Run found(UUID id) {
        return runs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String time(java.time.OffsetDateTime at, Texts t) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(t.language().locale())
                .withZone(zone)
                .format(at);
    }

    private static String euros(long cents, Texts t) {
        NumberFormat format = NumberFormat.getCurrencyInstance(t.language().locale());
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return format.format(java.math.BigDecimal.valueOf(cents, 2));
    }
}
