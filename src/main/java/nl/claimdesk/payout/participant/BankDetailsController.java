package nl.claimdesk.payout.participant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.claimdesk.identity.OneTimeTokens;
import nl.claimdesk.identity.ParticipantMailLimit;
import nl.claimdesk.identity.Participants;
import nl.claimdesk.identity.TokenPurpose;
import nl.claimdesk.payout.Iban;
import nl.claimdesk.payout.internal.bank.AccountHolder;
import nl.claimdesk.payout.internal.bank.BankAccount;
import nl.claimdesk.payout.internal.bank.BankAccounts;
import nl.claimdesk.payout.internal.bank.BankDetailChanges;
import nl.claimdesk.payout.internal.bank.PublishedShares;
import nl.claimdesk.payout.view.BankDetailsFormView;
import nl.claimdesk.payout.view.BankDetailsView;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.Registrations;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Link;
import nl.claimdesk.web.LinkView;
import nl.claimdesk.web.Page;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
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
 * Bank details in Mijn dossier: for each of the account's claimants who is owed a share of a published allocation,
 * the account it is paid into, shown masked; entering one mails a confirmation link to the registrant, and only the
 * link, opened while logged in, makes it count. Claimants without a share, and other people's claimants, are not found.
 */
@Controller
class BankDetailsController {

    static final String PAGE = "/dossier/bank-details";
    private static final Set<String> NOTICES = Set.of("sent", "confirmed");

    private final Participants participants;
    private final Registrations registrations;
    private final PublishedShares shares;
    private final BankAccounts accounts;
    private final BankDetailChanges changes;
    private final OneTimeTokens tokens;
    private final ParticipantMailLimit mailLimit;
    private final PageFactory pages;

    BankDetailsController(
            Participants participants,
            Registrations registrations,
            PublishedShares shares,
            BankAccounts accounts,
            BankDetailChanges changes,
            OneTimeTokens tokens,
            ParticipantMailLimit mailLimit,
            PageFactory pages) {
        this.participants = participants;
        this.registrations = registrations;
        this.shares = shares;
        this.accounts = accounts;
        this.changes = changes;
        this.tokens = tokens;
        this.mailLimit = mailLimit;
        this.pages = pages;
    }

    @GetMapping(PAGE)
    ModelAndView overview(@RequestParam(required = false) String lang, @RequestParam(required = false) String done) {
        Participants.Current participant = participants.current(lang);
        Texts t = pages.texts(participant.language());
        Map<UUID, RegistrationSummary.Claimant> owned = claimants(participant);
        List<PublishedShares.Share> owed = shares.of(owned.keySet());
        Map<UUID, List<BankAccount>> byClaimant =
                accounts.current(owned.keySet()).stream().collect(Collectors.groupingBy(BankAccount::claimant));
        List<BankDetailsView.ClaimantAccounts> rows = owed.stream()
                .map(PublishedShares.Share::claimant)
                .distinct()
                .map(claimant -> row(participant, t, owned.get(claimant), byClaimant.getOrDefault(claimant, List.of())))
                .toList();
        String notice = done != null && NOTICES.contains(done) ? t.get("bankDetails.notice." + done) : null;
        Page page =
                pages.page(participant.language(), t.get("bankDetails.title"), other -> PAGE + "?lang=" + other.code());
        return Views.render(
                "payout/bank-details", page, new BankDetailsView(notice, rows, participant.link("/dossier")));
    }

    @GetMapping(PAGE + "/{claimant}")
    ModelAndView form(@RequestParam(required = false) String lang, @PathVariable UUID claimant) {
        Participants.Current participant = participants.current(lang);
        Owed owed = owed(participant, claimant);
        return formPage(participant, owed, new BankDetailsForm("", "", ""), FormErrors.none());
    }

    @PostMapping(PAGE + "/{claimant}")
    ModelAndView enter(
            @RequestParam(required = false) String lang,
            @PathVariable UUID claimant,
            @Valid @ModelAttribute BankDetailsForm form,
            BindingResult bound,
            HttpServletRequest request) {
        Participants.Current participant = participants.current(lang);
        Owed owed = owed(participant, claimant);
        Texts t = pages.texts(participant.language());
        FormErrors errors = FormErrors.of(bound, t);
        Optional<AccountHolder> holder = owed.share().holders().stream()
                .filter(allowed -> allowed.name().equals(form.holder()))
                .findFirst();
        if (holder.isEmpty()) {
            errors.add("holder", t.get("bankDetails.holder.missing"));
        }
        if (errors.isEmpty() && !mailLimit.allows(participant.id())) {
            errors.add("iban", t.get("participantMail.limit", mailLimit.perDay()));
        }
        if (!errors.isEmpty()) {
            return formPage(participant, owed, form, errors);
        }
        changes.enter(
                participant.account(),
                participant.language(),
                claimant,
                owed.claimant().name().strip(),
                Iban.check(form.iban()).iban().orElseThrow(),
                form.holderName(),
                holder.get(),
                request.getRemoteAddr());
        return new ModelAndView("redirect:" + participant.link(PAGE + "?done=sent"));
    }

    @GetMapping(PAGE + "/confirm/{token}")
    ModelAndView openLink(@RequestParam(required = false) String lang, @PathVariable String token) {
        Participants.Current participant = participants.current(lang);
        return linkPage(participant, token);
    }

    @PostMapping(PAGE + "/confirm/{token}")
    ModelAndView confirm(
            @RequestParam(required = false) String lang, @PathVariable String token, HttpServletRequest request) {
        Participants.Current participant = participants.current(lang);
        if (changes.confirm(participant.account(), token, request.getRemoteAddr())
                .isEmpty()) {
            return linkPage(participant, token);
        }
        return new ModelAndView("redirect:" + participant.link(PAGE + "?done=confirmed"));
    }

    private record Owed(RegistrationSummary.Claimant claimant, PublishedShares.Share share) {}

    /** The claimant, if it is the participant's and is owed a share; otherwise the page is not found. */
    private Owed owed(Participants.Current participant, UUID claimant) {
        RegistrationSummary.Claimant owned = claimants(participant).get(claimant);
        if (owned == null || owned.withdrawn()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return shares.of(List.of(claimant)).stream()
                .findFirst()
                .map(share -> new Owed(owned, share))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Map<UUID, RegistrationSummary.Claimant> claimants(Participants.Current participant) {
        return registrations.of(participant.id()).stream()
                .filter(registration -> !registration.withdrawn())
                .flatMap(registration -> registration.claimants().stream())
                .filter(claimant -> !claimant.withdrawn())
                .collect(Collectors.toMap(RegistrationSummary.Claimant::id, Function.identity(), (a, b) -> a));
    }

    private BankDetailsView.ClaimantAccounts row(
            Participants.Current participant, Texts t, RegistrationSummary.Claimant claimant, List<BankAccount> held) {
        Optional<BankAccount> current = held.stream()
                .filter(account -> account.state() != BankAccount.State.UNCONFIRMED)
                .findFirst();
        Optional<BankAccount> waiting = held.stream()
                .filter(account -> account.state() == BankAccount.State.UNCONFIRMED)
                .findFirst();
        String label = t.get(
                current.isPresent() ? "bankDetails.change" : "bankDetails.enter",
                claimant.name().strip());
        return new BankDetailsView.ClaimantAccounts(
                claimant.name().strip(),
                current.map(BankAccount::masked).orElse(null),
                current.map(BankAccount::holderName).orElse(null),
                current.filter(account -> account.state() == BankAccount.State.NEEDS_NEW)
                        .isPresent(),
                waiting.map(BankAccount::masked).orElse(null),
                new Link(label, participant.link(PAGE + "/" + claimant.id())));
    }

    private ModelAndView formPage(
            Participants.Current participant, Owed owed, BankDetailsForm form, FormErrors errors) {
        Texts t = pages.texts(participant.language());
        String name = owed.claimant().name().strip();
        List<Choice> holders = owed.share().holders().stream()
                .map(holder -> new Choice(
                        holder.name(),
                        t.get(
                                "bankDetails.holder." + holder.name()
                                        + (owed.share().minor() ? ".minor" : ""),
                                name),
                        null,
                        holder.name().equals(form.holder())))
                .toList();
        String path = PAGE + "/" + owed.claimant().id();
        Page page = pages.page(
                participant.language(), t.get("bankDetails.form.title", name), other -> path + "?lang=" + other.code());
        return Views.render(
                "payout/bank-details-form",
                page,
                new BankDetailsFormView(
                        name,
                        participant.link(path),
                        participant.link(PAGE),
                        form.iban(),
                        form.holderName(),
                        holders,
                        errors));
    }

    private ModelAndView linkPage(Participants.Current participant, String token) {
        Texts t = pages.texts(participant.language());
        String state = tokens.state(token, TokenPurpose.BANK_DETAILS).name();
        String path = BankDetailChanges.confirmationPath(token);
        Page page = pages.page(
                participant.language(), t.get("bankLink." + state + ".title"), other -> path + "?lang=" + other.code());
        return Views.render(
                "web/link",
                page,
                new LinkView("bankLink.", state, participant.link(path), participant.link(PAGE), "bankLink.newLink"));
    }
}
