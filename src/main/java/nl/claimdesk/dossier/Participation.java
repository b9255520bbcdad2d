package nl.claimdesk.dossier;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.dossier.internal.Acceptance;
import nl.claimdesk.dossier.internal.Acceptances;
import nl.claimdesk.dossier.view.AgreementDocumentView;
import nl.claimdesk.email.MailPriority;
import nl.claimdesk.email.Outbox;
import nl.claimdesk.email.OutgoingMail;
import nl.claimdesk.identity.Account;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.Registrations;
import nl.claimdesk.shared.Ids;
import nl.claimdesk.shared.Language;
import nl.claimdesk.shared.Markdown;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.SitePaths;
import nl.claimdesk.web.SiteUrls;
import nl.claimdesk.web.Texts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completing participation: storing the acceptance of the agreement as proof, marking the claimant complete, and
 * sending the confirmation with the terms, the way to withdraw, and the signed agreement as PDF.
 */
@Component
class Participation {

    private final Acceptances acceptances;
    private final Agreements agreements;
    private final AgreementDocument document;
    private final Registrations registrations;
    private final Outbox outbox;
    private final AuditLog audit;
    private final PageFactory pages;
    private final SiteUrls urls;
    private final Clock clock;
    private final ZoneId zone;

    Participation(
            Acceptances acceptances,
            Agreements agreements,
            AgreementDocument document,
            Registrations registrations,
            Outbox outbox,
            AuditLog audit,
            PageFactory pages,
            SiteUrls urls,
            Clock clock) {
        this.acceptances = acceptances;
        this.agreements = agreements;
        this.document = document;
        this.registrations = registrations;
        this.outbox = outbox;
        this.audit = audit;
        this.pages = pages;
        this.urls = urls;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** What the signer typed and declared, and where they signed from. */
    record Signing(String signerName, boolean authorityDeclared, String ip, String userAgent, Language language) {}

    @Transactional
    void accept(
            Account account,
            CampaignSummary campaign,
            RegistrationSummary registration,
            RegistrationSummary.Claimant claimant,
            AgreementVersion version,
            Signing signing,
            List<String> feeInWords) {
        OffsetDateTime now = OffsetDateTime.now(clock).atZoneSameInstant(zone).toOffsetDateTime();
        Acceptance acceptance = new Acceptance(
                Ids.newId(),
                version.id(),
                version.version(),
                registration.id(),
                claimant.id(),
                account.id().value(),
                signing.language(),
                version.fingerprint(signing.language()),
                now,
                zone.getId(),
                signing.ip(),
                signing.userAgent().length() > 500 ? signing.userAgent().substring(0, 500) : signing.userAgent(),
                signing.signerName(),
                claimant.name().strip(),
                claimant.dateOfBirth(),
                claimant.child(),
                signing.authorityDeclared());
        acceptances.insert(acceptance, campaign.id());
        registrations.participationCompleted(
                registration.id(), claimant.id(), "PARTICIPANT", "version " + version.version());
        audit.record(
                Actor.participant(account.id()),
                signing.ip(),
                "agreement.accepted",
                "claimant",
                claimant.id(),
                "version=" + version.version() + "; sha256=" + acceptance.textSha256());
        confirm(account, campaign, registration, claimant, signing.language(), feeInWords);
    }

    /** The signed agreement of a registration as PDF, in {@code language}. */
    byte[] pdf(CampaignSummary campaign, RegistrationSummary registration, Language language) {
        Texts t = pages.texts(language);
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        DateTimeFormatter times = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss xxx '['VV']'", language.locale());
        List<AgreementDocumentView.Signature> signatures = new ArrayList<>();
        Map<UUID, AgreementDocumentView.Text> texts = new LinkedHashMap<>();
        for (Acceptance acceptance : acceptances.ofRegistration(registration.id())) {
            signatures.add(new AgreementDocumentView.Signature(
                    acceptance.claimantName(),
                    acceptance.claimantBirthDate().format(dates),
                    acceptance.signerName(),
                    t.get(acceptance.onBehalfOfChild() ? "pdf.onBehalf.child" : "pdf.onBehalf.self"),
                    acceptance
                            .acceptedAt()
                            .atZoneSameInstant(ZoneId.of(acceptance.timeZone()))
                            .format(times),
                    acceptance.ip(),
                    acceptance.userAgent(),
                    acceptance.version(),
                    acceptance.textSha256()));
            texts.computeIfAbsent(
                    acceptance.versionId(),
                    id -> agreements
                            .version(id)
                            .map(version -> new AgreementDocumentView.Text(
                                    version.version(),
                                    version.fingerprint(acceptance.language()),
                                    Markdown.toHtml(version.text(acceptance.language()), 2)))
                            .orElseThrow());
        }
        AgreementDocumentView view = new AgreementDocumentView(
                campaign.name(language),
                registration.reference(),
                registration.registrantName().strip(),
                OffsetDateTime.now(clock).atZoneSameInstant(zone).format(times),
                signatures,
                List.copyOf(texts.values()));
        return document.pdf(view, t);
    }

    private void confirm(
            Account account,
            CampaignSummary campaign,
            RegistrationSummary registration,
            RegistrationSummary.Claimant claimant,
            Language language,
            List<String> feeInWords) {
        Texts t = pages.texts(language);
        String name = campaign.name(language);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(t.get("mail.accepted.body", claimant.name().strip(), name));
        paragraphs.addAll(feeInWords);
        paragraphs.add(t.get("mail.accepted.withdraw"));
        paragraphs.add(t.get("mail.accepted.pdf"));
        outbox.enqueue(new OutgoingMail(
                "dossier.agreement-accepted",
                MailPriority.TRANSACTIONAL,
                account.email(),
                account.id().value(),
                language,
                t.get("mail.accepted.subject", name),
                t.get("mail.greeting"),
                paragraphs,
                new OutgoingMail.Button(t.get("mail.accepted.button"), urls.absolute("/dossier")),
                List.of(t.get("mail.signature")),
                new OutgoingMail.Footer(name, urls.absolute(SitePaths.privacy(language, campaign.slug()))),
                List.of(new OutgoingMail.Attachment(
                        fileName(registration), "application/pdf", pdf(campaign, registration, language)))));
    }

    static String fileName(RegistrationSummary registration) {
        return "deelnameovereenkomst-" + registration.reference() + ".pdf";
    }
}
