package nl.claimdesk.registration;

/**
 * The claimants eligible for a payout, as SQL that the payout module embeds in its own set-based statements, so that
 * only this module knows the columns of its tables (docs/adr/0041, 0060). Eligible: status {@code REGISTERED} (not
 * under review, a duplicate, withdrawn or handed over), participation completed (the agreement accepted), in the
 * class, a known date of birth, no withdrawal, fraud suspicion or objection on the claimant, and no withdrawal or
 * fraud suspicion on the registration. This is the one definition of the rule; {@link Registrations} pages through
 * it too.
 */
public final class PayoutEligibleClaimants {

    private static final String SELECT = """
            select c.id as claimant_id, c.registration_id, c.date_of_birth, c.use_started_year
            from claimant c join registration r on r.id = c.registration_id
            where\s""";

    /** The rule, on {@code claimant c} joined to its {@code registration r}. */
    private static final String RULE = """
            c.status = 'REGISTERED' and c.participation_completed_at is not null
              and exists (select 1 from claimant_class k where k.claimant_id = c.id and k.status = 'IN_CLASS')
              and c.date_of_birth is not null
              and c.withdrawn_at is null and c.suspected_fraud_at is null and c.objection_since is null
              and r.withdrawn_at is null and r.suspected_fraud_at is null""";

    private PayoutEligibleClaimants() {}

    /**
     * A sub-query with the columns {@code claimant_id}, {@code registration_id}, {@code date_of_birth} and {@code
     * use_started_year} (the first year of use) of the claimants of the campaign {@code :campaign} eligible for a
     * payout now, whose ids lie after {@code :after} (exclusive) and, when {@code bounded}, up to {@code :upTo}
     * (inclusive): a statement over a million claimants goes through them a slice of ids at a time.
     */
    public static String inRange(boolean bounded) {
        return SELECT + "r.campaign_id = :campaign and c.id > :after" + (bounded ? " and c.id <= :upTo" : "")
                + "\n  and " + RULE;
    }

    /** The same sub-query, for the claimants {@code :claimants} (a collection of ids) whatever their campaign. */
    public static String among() {
        return SELECT + "c.id in (:claimants)\n  and " + RULE;
    }
}
