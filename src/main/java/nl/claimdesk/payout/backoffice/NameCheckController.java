package nl.claimdesk.payout.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.payout.internal.bank.BankAccount;
import nl.claimdesk.payout.internal.bank.BankAccounts;
import nl.claimdesk.payout.internal.bank.BankDetailChanges;
import nl.claimdesk.payout.internal.bank.NameCheck;
import nl.claimdesk.payout.view.BankAccountQueueView;
import nl.claimdesk.payout.view.NameCheckView;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import nl.claimdesk.web.backoffice.BackofficePages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The name checks of confirmed bank accounts: a queue of those without one or held by a no-match, and per account the
 * form that records the bank's verification of payee. Staff see the holder's name and the masked IBAN, never the
 * whole IBAN; every page that shows them is audited.
 */
@Controller
class NameCheckController {

    private static final int QUEUE_SIZE = 100;
    private static final EnumSet<StaffRole> RESOLVERS = EnumSet.of(StaffRole.CASE_HANDLER, StaffRole.ADMIN);

    private final BankAccounts accounts;
    private final BankDetailChanges changes;
    private final BackofficePages pages;
    private final AuditLog audit;
    private final ZoneId zone;

    NameCheckController(
            BankAccounts accounts, BankDetailChanges changes, BackofficePages pages, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.pages = pages;
        this.audit = audit;
        this.zone = clock.getZone();
    }

    @GetMapping(BankAccountSection.PATH)
    ModelAndView queue(@RequestParam(required = false) @Nullable String done, HttpServletRequest request) {
        Texts t = pages.texts();
        List<BankAccount> queued = accounts.toCheck(QUEUE_SIZE);
        audit.recordEach(
                Actor.staff(StaffMember.require().id()),
                request.getRemoteAddr(),
                "bank-accounts.viewed",
                "claimant",
                queued.stream().map(BankAccount::claimant).distinct().toList(),
                null);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(t.language().locale())
                .withZone(zone);
        List<BankAccountQueueView.Row> rows = queued.stream()
                .map(account -> new BankAccountQueueView.Row(
                        account.confirmedAt() == null ? "" : dates.format(account.confirmedAt()),
                        account.holderName(),
                        account.masked(),
                        t.get("bo.bankAccounts.holder." + account.holder()),
                        check(account, t),
                        BankAccountSection.PATH + "/" + account.id()))
                .toList();
        String notice =
                "checked".equals(done) || "resolved".equals(done) ? t.get("bo.bankAccounts.done." + done) : null;
        return Views.render(
                "payout/backoffice/bank-accounts",
                pages.page(t.get("bo.bankAccounts.title"), BankAccountSection.PATH),
                new BankAccountQueueView(notice, rows));
    }

    @GetMapping(BankAccountSection.PATH + "/{id}")
    ModelAndView form(@PathVariable UUID id, HttpServletRequest request) {
        return checkPage(confirmed(id), new NameCheckForm("", ""), FormErrors.none(), request);
    }

    @PostMapping(BankAccountSection.PATH + "/{id}")
    ModelAndView record(
            @PathVariable UUID id,
            @Valid @ModelAttribute NameCheckForm form,
            BindingResult bound,
            HttpServletRequest request) {
        BankAccount account = confirmed(id);
        StaffMember staff = StaffMember.require();
        boolean release = NameCheckForm.RELEASE.equals(form.result());
        if (release && !resolvable(account, staff)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (bound.hasErrors()) {
            return checkPage(account, form, FormErrors.of(bound, pages.texts()), request);
        }
        if (release) {
            changes.resolveNameCheck(account, staff.id(), form.reason(), request.getRemoteAddr());
            return new ModelAndView("redirect:" + BankAccountSection.PATH + "?done=resolved");
        }
        changes.recordNameCheck(
                account, NameCheck.valueOf(form.result()), staff.id(), form.reason(), request.getRemoteAddr());
        return new ModelAndView("redirect:" + BankAccountSection.PATH + "?done=checked");
    }

    /** Only a case handler (or an admin) releases an account held by a no-match. */
    private static boolean resolvable(BankAccount account, StaffMember staff) {
        return !account.payable() && staff.hasAnyRole(RESOLVERS);
    }

    private BankAccount confirmed(UUID id) {
        Optional<BankAccount> account = accounts.find(id).filter(found -> found.state() == BankAccount.State.CONFIRMED);
        return account.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ModelAndView checkPage(
            BankAccount account, NameCheckForm form, FormErrors errors, HttpServletRequest request) {
        StaffMember staff = StaffMember.require();
        audit.record(
                Actor.staff(staff.id()),
                request.getRemoteAddr(),
                "bank-account.viewed",
                "claimant",
                account.claimant(),
                "account=" + account.masked());
        Texts t = pages.texts();
        List<String> offered = new ArrayList<>(
                Arrays.stream(NameCheck.values()).map(NameCheck::name).toList());
        if (resolvable(account, staff)) {
            offered.add(NameCheckForm.RELEASE);
        }
        List<Choice> results = offered.stream()
                .map(result -> new Choice(
                        result, t.get("bo.bankAccounts.check." + result), null, result.equals(form.result())))
                .toList();
        String path = BankAccountSection.PATH + "/" + account.id();
        NameCheckView view = new NameCheckView(
                account.holderName(),
                account.masked(),
                t.get("bo.bankAccounts.holder." + account.holder()),
                check(account, t),
                path,
                results,
                form.reason(),
                BankAccountSection.PATH,
                errors);
        return Views.render(
                "payout/backoffice/name-check",
                pages.page(t.get("bo.bankAccounts.check.title", account.holderName()), BankAccountSection.PATH),
                view);
    }

    private static String check(BankAccount account, Texts t) {
        if (account.nameCheck() == null) {
            return t.get("bo.bankAccounts.check.none");
        }
        String result = t.get("bo.bankAccounts.check." + account.nameCheck());
        return account.payable() ? result : t.get("bo.bankAccounts.check.held", result);
    }
}
