package nl.claimdesk.registration.internal.classification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.ClassCriteria;
import nl.claimdesk.campaign.ClassMembership;
import nl.claimdesk.campaign.ClassVersionDraft;
import nl.claimdesk.campaign.ResidenceRegime;
import nl.claimdesk.campaign.SubClass;

/**
 * {@link ClassMembership} as one SQL query over every active claimant of a campaign, so that re-classifying a
 * campaign is a few set-based statements instead of a loop. Both H2 and PostgreSQL run it.
 *
 * <p>Days are compared as numbers {@code yyyymmdd}. That makes "born plus eighteen years" a sum: someone born on
 * 29 February 2004 is a minor on 20220228 and not on 20220301, because 20220229 lies between them, as {@link
 * java.time.Period} counts it. The last day of a month is written as its 31st, which sorts after its real last day
 * and before the next month's first, so it compares with every real day as the real last day does. The query yields, per claimant: {@code id}, {@code registration_id}, the stored
 * status from {@code claimant_class} as {@code class_status}, {@code class_sub_class}, {@code class_regime}, {@code class_detail}, and the newly evaluated
 * {@code new_status}, {@code new_sub_class}, {@code new_regime}, {@code new_detail}: first by the facts, then by what
 * the claimant filed with the court's registry ({@code registry_choice}). ClassificationQueryTest holds it equal to
 * the Java evaluation.
 *
 * <p>Every level ends in {@code offset 0 rows}, so that PostgreSQL evaluates it once per claimant as a level of its own:
 * otherwise it folds each level into the next and repeats a derived value's whole expression wherever it is used,
 * which made the evaluation dozens of times more expensive (docs/performance.md, "Publishing a class version").
 */
final class ClassificationQuery {

    private static final int OPEN_END = 99991231;

    private final String sql;
    private final Map<String, Object> params = new HashMap<>();

    /** @param range which of the campaign's claimants the query covers */
    ClassificationQuery(CampaignId campaign, ClassVersionDraft version, LocalDate asOf, ClaimantRange range) {
        ClassCriteria criteria = version.criteria();
        params.put("campaign", campaign.value());
        params.put("asOf", day(asOf));
        params.put("periodFirst", day(criteria.firstDay()));
        params.put("periodLast", criteria.useUntil() == null ? OPEN_END : day(criteria.lastDay()));
        params.put("majorityYears", criteria.majorityAge() * 10000);
        String only = range.where(params);
        List<SubClass> subClasses = version.subClasses();
        StringBuilder branch = new StringBuilder("case when regime = 'EXCLUDED' then 0");
        StringBuilder month = new StringBuilder("case");
        StringBuilder code = new StringBuilder("case branch");
        for (int k = 1; k <= subClasses.size(); k++) {
            SubClass subClass = subClasses.get(k - 1);
            String from = switch (subClass.ageDuringUse()) {
                case ADULT -> "greatest(:periodFirst, majority)";
                case MINOR, ANY -> ":periodFirst";
            };
            String until = switch (subClass.ageDuringUse()) {
                case MINOR -> "least(:periodLast, majority - 1)";
                case ADULT, ANY -> ":periodLast";
            };
            String exists = from + " <= " + until;
            String definite = exists + " and latest_start <= " + until + " and earliest_end >= " + from;
            String possible = exists + " and first_day <= " + until + " and last_day >= " + from;
            branch.append(" when ").append(definite).append(" then ").append(k);
            branch.append(" when ").append(possible).append(" then ").append(-k);
            month.append(" when ").append(definite).append(" then null");
            month.append(" when ")
                    .append(possible)
                    .append(" then case when latest_start > ")
                    .append(until)
                    .append(" then 'USE_START_MONTH' else 'USE_END_MONTH' end");
            params.put("subClass" + k, subClass.code());
            code.append(" when ").append(k).append(" then :subClass").append(k);
        }
        branch.append(" else 99 end");
        month.append(" end");
        code.append(" end");
        sql = """
                select id, registration_id, class_status, class_sub_class, class_regime, class_detail,
                    case when registry_out or registry_not_in then 'OUTSIDE' else fact_status end as new_status,
                    case when registry_out or registry_not_in then null else fact_sub_class end as new_sub_class,
                    case when registry_out or registry_not_in then null else fact_regime end as new_regime,
                    case when registry_out then 'OPTED_OUT' when registry_not_in then 'NOT_OPTED_IN'
                        else fact_detail end as new_detail
                from (
                select by_facts.*,
                    coalesce(registry_choice = 'OPTED_OUT' and fact_status <> 'OUTSIDE', false) as registry_out,
                    coalesce(fact_status = 'IN_CLASS' and fact_regime = 'OPT_IN', false)
                        and registry_choice is distinct from 'OPTED_IN' as registry_not_in
                from (
                select id, registration_id, class_status, class_sub_class, class_regime, class_detail, registry_choice,
                    case when branch in (0, 99) then 'OUTSIDE' when regime is null or branch < 0 then 'INFORMATION_NEEDED'
                        else 'IN_CLASS' end as fact_status,
                    case when branch > 0 and branch < 99 and regime is not null then %s end as fact_sub_class,
                    case when branch > 0 and branch < 99 and regime is not null then regime end as fact_regime,
                    case when branch = 0 then 'RESIDENCE_EXCLUDED'
                        when branch = 99 and first_day <= :periodLast and last_day >= :periodFirst then 'AGE_DURING_USE'
                        when branch = 99 then 'USE_OUTSIDE_PERIOD'
                        when regime is null then 'RESIDENCE'
                        when branch < 0 then missing_month end as fact_detail
                from (
                    select e.*, %s as branch, %s as missing_month
                    from (
                        select d.*,
                            least(greatest(start_until, birth), last_day) as latest_start,
                            greatest(least(end_from, last_day), first_day) as earliest_end
                        from (
                            select b.*,
                                greatest(start_from, birth) as first_day,
                                least(end_until, :asOf) as last_day,
                                birth + :majorityYears as majority
                            from (
                                select c.id, c.registration_id, k.status as class_status,
                                    k.sub_class as class_sub_class, k.regime as class_regime, k.detail as class_detail,
                                    c.registry_choice,
                                    c.use_started_year * 10000 + coalesce(c.use_started_month, 1) * 100 + 1
                                        as start_from,
                                    case when c.use_started_month is null then c.use_started_year * 10000 + 1231
                                        else c.use_started_year * 10000 + c.use_started_month * 100 + 1
                                        end as start_until,
                                    case when c.use_ended_year is null then :asOf
                                        when c.use_ended_month is null then c.use_ended_year * 10000 + 101
                                        else c.use_ended_year * 10000 + c.use_ended_month * 100 + 31 end as end_from,
                                    case when c.use_ended_year is null then :asOf
                                        else c.use_ended_year * 10000 + coalesce(c.use_ended_month, 12) * 100 + 31
                                        end as end_until,
                                    extract(year from c.date_of_birth) * 10000 + extract(month from c.date_of_birth) * 100
                                        + extract(day from c.date_of_birth) as birth,
                                    %s as regime
                                from claimant c join registration r on r.id = c.registration_id
                                    left join claimant_class k on k.claimant_id = c.id
                                where %sc.status in ('REGISTERED', 'UNDER_REVIEW')
                                    and c.date_of_birth is not null%s
                                offset 0 rows) b
                            offset 0 rows) d
                        offset 0 rows) e
                    offset 0 rows) classified
                offset 0 rows) by_facts
                ) with_registry""".formatted(code, branch, month, regime(criteria), range.campaignCondition(), only);
    }

    String sql() {
        return sql;
    }

    Map<String, Object> params() {
        return params;
    }

    /**
     * The regime of the claimant's own residence, else of the registrant's country where that stands for it; {@code
     * null} when neither is known.
     */
    private String regime(ClassCriteria criteria) {
        String country = criteria.registrantCountryStandsForResidence()
                ? "coalesce(c.residence_country, r.country)"
                : "c.residence_country";
        StringBuilder sql = new StringBuilder("case when " + country + " is null then cast(null as varchar(10))");
        for (ResidenceRegime regime : ResidenceRegime.values()) {
            List<String> countries = new ArrayList<>();
            criteria.residence().forEach((code, r) -> {
                if (r == regime) {
                    countries.add(code);
                }
            });
            if (!countries.isEmpty()) {
                params.put("countries" + regime.name(), countries);
                sql.append(" when ")
                        .append(country)
                        .append(" in (:countries")
                        .append(regime.name())
                        .append(") then '")
                        .append(regime.name())
                        .append("'");
            }
        }
        params.put("otherCountries", criteria.otherCountries().name());
        return sql.append(" else cast(:otherCountries as varchar(10)) end").toString();
    }

    private static int day(LocalDate date) {
        return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }
}
