package nl.claimdesk.dossier;

import java.time.OffsetDateTime;
import java.util.List;
import nl.claimdesk.dossier.internal.Acceptance;
import nl.claimdesk.email.MailRecord;
import nl.claimdesk.identity.AccountRecord;
import nl.claimdesk.news.NewsArchive;
import nl.claimdesk.payout.PayoutRecords;
import nl.claimdesk.registration.RegistrationRecord;

/**
 * Everything Claimdesk stores about a participant, as they download it from Mijn dossier (JSON). Each part names
 * the tables it comes from, so a new table holding personal data cannot silently be left out (a test checks it).
 */
record PersonalData(
        OffsetDateTime exportedAt,
        AccountRecord account,
        boolean newsUpdates,
        List<RegistrationRecord> registrations,
        List<Acceptance> agreementAcceptances,
        List<MailRecord> mails,
        List<NewsArchive.Listed> newsMailings,
        PayoutRecords payouts) {}
