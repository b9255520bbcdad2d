package nl.claimdesk.campaign.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.ClassDefinitions;
import nl.claimdesk.campaign.ClassVersionDraft;
import nl.claimdesk.campaign.ContentBlock;
import nl.claimdesk.campaign.EligibilityRules;
import nl.claimdesk.campaign.FeeTerms;
import nl.claimdesk.campaign.RegistrationCounter;
import nl.claimdesk.campaign.SubClass;
import nl.claimdesk.shared.Ids;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.SitePaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a {@link CampaignDefinition} as a new campaign, in one transaction. A definition that is incomplete (a
 * text in one language but not the other, an unknown text name, a bad slug) is refused as a whole, with every
 * problem named.
 */
@Component
public class CampaignImporter {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final JdbcClient jdbc;
    private final RegistrationCounter counter;
    private final ClassDefinitions classes;
    private final Clock clock;

    CampaignImporter(JdbcClient jdbc, RegistrationCounter counter, ClassDefinitions classes, Clock clock) {
        this.jdbc = jdbc;
        this.counter = counter;
        this.classes = classes;
        this.clock = clock;
    }

    boolean exists(String slug) {
        return jdbc.sql("select count(*) from campaign where slug = ?")
                        .param(slug)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional
    public CampaignId importDefinition(CampaignDefinition definition) {
        List<String> problems = problemsIn(definition);
        if (!problems.isEmpty()) {
            throw new InvalidCampaignDefinition(definition.slug(), problems);
        }
        CampaignId id = new CampaignId(Ids.newId());
        insertCampaign(id, definition);
        definition
                .texts()
                .forEach((language, blocks) -> blocks.forEach((block, content) -> jdbc.sql(
                                "insert into campaign_text (campaign_id, language, block, content) values (?, ?, ?, ?)")
                        .params(id.value(), language, block, content)
                        .update()));
        insertParties(id, definition.parties());
        insertTimeline(id, definition.timeline());
        insertFaq(id, definition.faq());
        definition.classVersions().forEach(version -> classes.publish(id, version));
        counter.createShards(id);
        return id;
    }

    private void insertCampaign(CampaignId id, CampaignDefinition definition) {
        EligibilityRules rules = definition.eligibility();
        FeeTerms fee = definition.fee();
        jdbc.sql("""
                        insert into campaign (id, slug, status, defendant, court_register_url, position,
                            use_reference_date, registrant_minimum_age, majority_age, claimant_minor_during_use,
                            supporters_allowed, funder_fee_percentage, fee_plus_costs, fee_cap_percentage,
                            fee_cap_includes_vat, no_cure_no_pay, content_revision, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)""")
                .params(
                        id.value(),
                        definition.slug(),
                        definition.status().name(),
                        definition.defendant(),
                        definition.courtRegisterUrl() == null
                                ? null
                                : definition.courtRegisterUrl().toString(),
                        definition.position(),
                        rules.useReferenceDate(),
                        rules.registrantMinimumAge(),
                        rules.majorityAge(),
                        rules.claimantMinorDuringUse(),
                        rules.supportersAllowed(),
                        fee.funderPercentage(),
                        fee.plusCosts(),
                        fee.capPercentage(),
                        fee.capIncludesVat(),
                        fee.noCureNoPay(),
                        OffsetDateTime.now(clock))
                .update();
    }

    private void insertParties(CampaignId id, List<CampaignDefinition.PartyDefinition> parties) {
        int position = 0;
        for (CampaignDefinition.PartyDefinition party : parties) {
            UUID partyId = Ids.newId();
            jdbc.sql(
                            "insert into campaign_party (id, campaign_id, role, name, url, position) values (?, ?, ?, ?, ?, ?)")
                    .params(
                            partyId,
                            id.value(),
                            party.role().name(),
                            party.name(),
                            party.url() == null ? null : party.url().toString(),
                            position++)
                    .update();
            party.description()
                    .forEach((language, description) -> jdbc.sql(
                                    "insert into campaign_party_text (party_id, language, description) values (?, ?, ?)")
                            .params(partyId, language, description)
                            .update());
        }
    }

    private void insertTimeline(CampaignId id, List<CampaignDefinition.TimelineDefinition> timeline) {
        int position = 0;
        for (CampaignDefinition.TimelineDefinition item : timeline) {
            UUID itemId = Ids.newId();
            jdbc.sql("insert into timeline_item (id, campaign_id, item_date, position) values (?, ?, ?, ?)")
                    .params(itemId, id.value(), item.date(), position++)
                    .update();
            item.texts()
                    .forEach((language, text) -> jdbc.sql(
                                    "insert into timeline_item_text (item_id, language, title, body) values (?, ?, ?, ?)")
                            .params(itemId, language, text.title(), text.body())
                            .update());
        }
    }

    private void insertFaq(CampaignId id, List<CampaignDefinition.FaqTopicDefinition> topics) {
        int topicPosition = 0;
        for (CampaignDefinition.FaqTopicDefinition topic : topics) {
            UUID topicId = Ids.newId();
            jdbc.sql("insert into faq_topic (id, campaign_id, position) values (?, ?, ?)")
                    .params(topicId, id.value(), topicPosition++)
                    .update();
            topic.title()
                    .forEach((language, title) -> jdbc.sql(
                                    "insert into faq_topic_text (topic_id, language, title) values (?, ?, ?)")
                            .params(topicId, language, title)
                            .update());
            int itemPosition = 0;
            for (CampaignDefinition.FaqItemDefinition item : topic.items()) {
                UUID itemId = Ids.newId();
                jdbc.sql("insert into faq_item (id, topic_id, position) values (?, ?, ?)")
                        .params(itemId, topicId, itemPosition++)
                        .update();
                item.texts()
                        .forEach((language, text) -> jdbc.sql(
                                        "insert into faq_item_text (item_id, language, question, answer) values (?, ?, ?, ?)")
                                .params(itemId, language, text.question(), text.answer())
                                .update());
            }
        }
    }

    static List<String> problemsIn(CampaignDefinition definition) {
        List<String> problems = new ArrayList<>();
        String slug = definition.slug();
        if (!SLUG.matcher(slug).matches() || slug.length() > 60 || SitePaths.isReservedSlug(slug)) {
            problems.add("slug '" + slug + "' must be lower-case letters, digits and single dashes, at most 60"
                    + " characters, and not a reserved word");
        }
        Set<String> languages = new TreeSet<>();
        for (Language language : Language.values()) {
            languages.add(language.code());
        }
        requireLanguages("texts", definition.texts().keySet(), languages, problems);
        Set<String> allBlocks = new TreeSet<>();
        definition.texts().values().forEach(blocks -> allBlocks.addAll(blocks.keySet()));
        for (String block : allBlocks) {
            if (ContentBlock.fromKey(block).isEmpty()) {
                problems.add("unknown text '" + block + "'");
            }
            for (String language : languages) {
                Map<String, String> blocks = definition.texts().getOrDefault(language, Map.of());
                if (!blocks.containsKey(block)) {
                    problems.add("text '" + block + "' is missing in language '" + language + "'");
                }
            }
        }
        for (String language : languages) {
            String name = definition.texts().getOrDefault(language, Map.of()).get(ContentBlock.NAME.key());
            if (name == null || name.isBlank()) {
                problems.add("the campaign has no name in language '" + language + "'");
            }
        }
        definition
                .parties()
                .forEach(party -> requireLanguages(
                        "party " + party.name(), party.description().keySet(), languages, problems));
        definition
                .timeline()
                .forEach(item -> requireLanguages(
                        "timeline item of " + item.date(), item.texts().keySet(), languages, problems));
        for (CampaignDefinition.FaqTopicDefinition topic : definition.faq()) {
            requireLanguages("FAQ topic", topic.title().keySet(), languages, problems);
            topic.items()
                    .forEach(item -> requireLanguages(
                            "FAQ question in topic " + topic.title().values(),
                            item.texts().keySet(),
                            languages,
                            problems));
        }
        definition.classVersions().forEach(version -> classVersionProblems(version, languages, problems));
        return problems;
    }

    private static void classVersionProblems(ClassVersionDraft version, Set<String> languages, List<String> problems) {
        String what = "class version effective on " + version.effectiveOn();
        for (SubClass subClass : version.subClasses()) {
            requireLanguages(
                    what + ", sub-class " + subClass.code(), subClass.names().keySet(), languages, problems);
        }
        Map<String, String> further = version.criteria().furtherRequirements();
        if (!further.isEmpty()) {
            requireLanguages(what + ", further requirements", further.keySet(), languages, problems);
        }
        if (version.registry() != null && !version.registry().howTo().isEmpty()) {
            requireLanguages(what + ", registry", version.registry().howTo().keySet(), languages, problems);
        }
        for (String country : version.criteria().residence().keySet()) {
            if (!COUNTRIES.contains(country)) {
                problems.add(what + " names '" + country + "', which is not an ISO 3166 country code");
            }
        }
    }

    private static void requireLanguages(
            String what, Set<String> present, Set<String> required, List<String> problems) {
        if (!present.equals(required)) {
            problems.add(what + " has languages " + new TreeSet<>(present) + " but needs exactly " + required);
        }
    }
}
