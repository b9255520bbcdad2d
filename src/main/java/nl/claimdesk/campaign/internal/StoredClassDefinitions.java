package nl.claimdesk.campaign.internal;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.claimdesk.campaign.AgeDuringUse;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.ClassCriteria;
import nl.claimdesk.campaign.ClassDefinitions;
import nl.claimdesk.campaign.ClassVersion;
import nl.claimdesk.campaign.ClassVersionDraft;
import nl.claimdesk.campaign.CourtSource;
import nl.claimdesk.campaign.PeriodBoundary;
import nl.claimdesk.campaign.RegistryFiling;
import nl.claimdesk.campaign.ResidenceRegime;
import nl.claimdesk.campaign.SubClass;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The class versions: the tables {@code class_version}, {@code class_sub_class} and {@code class_residence}. */
@Repository
class StoredClassDefinitions implements ClassDefinitions {

    private final JdbcClient jdbc;
    private final Clock clock;

    StoredClassDefinitions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClassVersion> versions(CampaignId campaign) {
        Map<Integer, List<SubClass>> subClasses = subClasses(campaign);
        Map<Integer, Map<String, ResidenceRegime>> residence = residence(campaign);
        return jdbc.sql("select * from class_version where campaign_id = ? order by number desc")
                .param(campaign.value())
                .query((rs, row) -> version(campaign, rs, subClasses, residence))
                .list();
    }

    @Override
    public Optional<ClassVersion> current(CampaignId campaign) {
        return versions(campaign).stream().findFirst();
    }

    @Override
    @Transactional
    public ClassVersion publish(CampaignId campaign, ClassVersionDraft draft) {
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from class_version where campaign_id = ?")
                .param(campaign.value())
                .query(Integer.class)
                .single();
        OffsetDateTime now = OffsetDateTime.now(clock);
        CourtSource source = draft.source();
        ClassCriteria criteria = draft.criteria();
        PeriodBoundary until = criteria.useUntil();
        RegistryFiling registry = draft.registry();
        jdbc.sql("""
                        insert into class_version (campaign_id, number, effective_on, court, decided_on, case_reference,
                            source_url, other_countries, registrant_country_counts, use_from, use_from_inclusive,
                            use_from_assumed, use_until, use_until_inclusive, use_until_assumed, majority_age,
                            further_requirements_nl, further_requirements_en, published_at, opt_out_deadline,
                            opt_in_deadline, registry_how_nl, registry_how_en, registry_url)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        campaign.value(),
                        number,
                        draft.effectiveOn(),
                        source.court(),
                        source.decidedOn(),
                        source.caseReference(),
                        source.url() == null ? null : source.url().toString(),
                        criteria.otherCountries().name(),
                        criteria.registrantCountryStandsForResidence(),
                        criteria.useFrom().date(),
                        criteria.useFrom().inclusive(),
                        criteria.useFrom().inclusivenessAssumed(),
                        until == null ? null : until.date(),
                        until == null ? null : until.inclusive(),
                        until == null ? null : until.inclusivenessAssumed(),
                        criteria.majorityAge(),
                        criteria.furtherRequirements().getOrDefault("nl", ""),
                        criteria.furtherRequirements().getOrDefault("en", ""),
                        now,
                        registry == null ? null : registry.optOutDeadline(),
                        registry == null ? null : registry.optInDeadline(),
                        registry == null ? "" : registry.howTo().getOrDefault("nl", ""),
                        registry == null ? "" : registry.howTo().getOrDefault("en", ""),
                        registry == null || registry.registryUrl() == null
                                ? null
                                : registry.registryUrl().toString())
                .update();
        int position = 0;
        for (SubClass subClass : draft.subClasses()) {
            jdbc.sql("""
                            insert into class_sub_class (campaign_id, version_number, position, code, name_nl, name_en,
                                representative, age_during_use)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            campaign.value(),
                            number,
                            position++,
                            subClass.code(),
                            subClass.names().getOrDefault("nl", subClass.code()),
                            subClass.names().getOrDefault("en", subClass.code()),
                            subClass.representative(),
                            subClass.ageDuringUse().name())
                    .update();
        }
        criteria.residence()
                .forEach((country, regime) -> jdbc.sql(
                                "insert into class_residence (campaign_id, version_number, country, regime) values (?, ?, ?, ?)")
                        .params(campaign.value(), number, country, regime.name())
                        .update());
        return new ClassVersion(campaign, number, draft, now);
    }

    private Map<Integer, List<SubClass>> subClasses(CampaignId campaign) {
        Map<Integer, List<SubClass>> byVersion = new HashMap<>();
        jdbc.sql("select * from class_sub_class where campaign_id = ? order by version_number, position")
                .param(campaign.value())
                .query(rs -> {
                    byVersion
                            .computeIfAbsent(rs.getInt("version_number"), number -> new ArrayList<>())
                            .add(new SubClass(
                                    rs.getString("code"),
                                    Map.of("nl", rs.getString("name_nl"), "en", rs.getString("name_en")),
                                    rs.getString("representative"),
                                    AgeDuringUse.valueOf(rs.getString("age_during_use"))));
                });
        return byVersion;
    }

    private Map<Integer, Map<String, ResidenceRegime>> residence(CampaignId campaign) {
        Map<Integer, Map<String, ResidenceRegime>> byVersion = new HashMap<>();
        jdbc.sql("select * from class_residence where campaign_id = ?")
                .param(campaign.value())
                .query(rs -> {
                    byVersion
                            .computeIfAbsent(rs.getInt("version_number"), number -> new LinkedHashMap<>())
                            .put(rs.getString("country"), ResidenceRegime.valueOf(rs.getString("regime")));
                });
        return byVersion;
    }

    private static ClassVersion version(
            CampaignId campaign,
            ResultSet rs,
            Map<Integer, List<SubClass>> subClasses,
            Map<Integer, Map<String, ResidenceRegime>> residence)
            throws SQLException {
        int number = rs.getInt("number");
        String url = rs.getString("source_url");
        LocalDate until = rs.getObject("use_until", LocalDate.class);
        ClassCriteria criteria = new ClassCriteria(
                residence.getOrDefault(number, Map.of()),
                ResidenceRegime.valueOf(rs.getString("other_countries")),
                rs.getBoolean("registrant_country_counts"),
                new PeriodBoundary(
                        rs.getObject("use_from", LocalDate.class),
                        rs.getBoolean("use_from_inclusive"),
                        rs.getBoolean("use_from_assumed")),
                until == null
                        ? null
                        : new PeriodBoundary(
                                until, rs.getBoolean("use_until_inclusive"), rs.getBoolean("use_until_assumed")),
                rs.getInt("majority_age"),
                texts(rs.getString("further_requirements_nl"), rs.getString("further_requirements_en")));
        ClassVersionDraft draft = new ClassVersionDraft(
                rs.getObject("effective_on", LocalDate.class),
                new CourtSource(
                        rs.getString("court"),
                        rs.getObject("decided_on", LocalDate.class),
                        rs.getString("case_reference"),
                        url == null ? null : URI.create(url)),
                subClasses.getOrDefault(number, List.of()),
                criteria,
                registry(rs));
        return new ClassVersion(campaign, number, draft, rs.getObject("published_at", OffsetDateTime.class));
    }

    /** None when the version says nothing of the registry. */
    private static @Nullable RegistryFiling registry(ResultSet rs) throws SQLException {
        LocalDate optOut = rs.getObject("opt_out_deadline", LocalDate.class);
        LocalDate optIn = rs.getObject("opt_in_deadline", LocalDate.class);
        Map<String, String> howTo = texts(rs.getString("registry_how_nl"), rs.getString("registry_how_en"));
        String url = rs.getString("registry_url");
        if (optOut == null && optIn == null && howTo.isEmpty() && url == null) {
            return null;
        }
        return new RegistryFiling(optOut, optIn, howTo, url == null ? null : URI.create(url));
    }

    private static Map<String, String> texts(@Nullable String nl, @Nullable String en) {
        Map<String, String> texts = new HashMap<>();
        if (nl != null && !nl.isEmpty()) {
            texts.put("nl", nl);
        }
        if (en != null && !en.isEmpty()) {
            texts.put("en", en);
        }
        return texts;
    }
}
