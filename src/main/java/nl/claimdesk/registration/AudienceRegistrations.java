package nl.claimdesk.registration;

/**
 * The registrations a mailing of another module may reach, as SQL that module embeds in its own set-based query, so
 * that only this module knows the columns of its tables (docs/adr/0041). Confirmed registrations only; a withdrawn or
 * erased (anonymised) registration is never part of it.
 */
public final class AudienceRegistrations {

    private AudienceRegistrations() {}

    /**
     * A sub-query with the columns {@code account_id}, {@code first_name} and {@code language} of the confirmed,
     * active registrations of the campaign {@code :campaign} of the kinds {@code :kinds} ({@link RegistrationKind}
     * names) in the languages {@code :languages} (codes). With {@code completeOnly}, only those with at least one
     * claimant whose participation is complete (agreement accepted) and not withdrawn.
     */
    public static String select(boolean completeOnly) {
        return """
                select r.account_id, r.first_name, r.language from registration r
                where r.campaign_id = :campaign and r.kind in (:kinds) and r.language in (:languages)
                  and r.verified_at is not null and r.withdrawn_at is null and r.anonymised_at is null""" + (completeOnly ? """

                  and exists (select 1 from claimant c where c.registration_id = r.id
                    and c.participation_completed_at is not null and c.status <> 'WITHDRAWN')""" : "");
    }
}
