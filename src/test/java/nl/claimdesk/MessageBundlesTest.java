package nl.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.claimdesk.campaign.CampaignStatus;
import nl.claimdesk.campaign.PartyRole;
import org.junit.jupiter.api.Test;

/** Every interface text exists in every language, and every text the code asks for exists. */
class MessageBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("(?:t|texts)\\.get\\(\"([A-Za-z0-9.]+)\"\\s*[,)]");

    @Test
    void dutchAndEnglishHaveTheSameKeys() {
        assertThat(keys("messages_en.properties")).isEqualTo(keys("messages_nl.properties"));
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String root : new String[] {"src/main/java", "src/main/jte"}) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                files.filter(Files::isRegularFile).forEach(file -> {
                    Matcher matcher = LITERAL_KEY.matcher(read(file));
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                });
            }
        }
        for (CampaignStatus status : CampaignStatus.values()) {
            used.add("status." + status.name());
        }
        for (PartyRole role : PartyRole.values()) {
            used.add("party." + role.name());
        }
        for (String section : new String[] {
            "controllers",
            "purposes",
            "data",
            "retention",
            "rights",
            "contact",
            "about",
            "statutes",
            "governance",
            "boardPay",
            "reports",
            "proceedings",
            "contribution",
            "joinLeave"
        }) {
            used.add("section." + section);
        }
        for (String language : new String[] {"nl", "en"}) {
            used.add("language." + language);
        }
        addFamilies(used);
        for (String kind : new String[] {"notFound", "forbidden", "tooMany", "badRequest", "server", "gone"}) {
            used.add("error." + kind + ".title");
            used.add("error." + kind + ".explanation");
        }

        assertThat(used).hasSizeGreaterThan(40);
        assertThat(keys("messages_nl.properties")).containsAll(used);
    }

    /** Keys the code puts together from a prefix and an enum or a state. */
    private static void addFamilies(Set<String> used) {
        for (var status : nl.claimdesk.registration.ClaimantStatus.values()) {
            for (String family : new String[] {"dashboard.claimant.", "participants.claimantStatus.", "bo.status."}) {
                used.add(family + status.name());
            }
        }
        for (var role : nl.claimdesk.shared.StaffRole.values()) {
            used.add("staff.role." + role.name());
            used.add("staff.role." + role.name() + ".hint");
        }
        for (var refusal : nl.claimdesk.registration.RegistrationKind.values()) {
            used.add("signUp.kind." + refusal.name());
            used.add("signUp.kind." + refusal.name() + ".hint");
            used.add("dossier.kind." + refusal.name());
        }
        for (String refusal : new String[] {
            "REGISTRANT_TOO_YOUNG",
            "CHILD_ALREADY_ADULT",
            "USE_ONLY_BEFORE_REFERENCE_DATE",
            "NOT_A_MINOR_DURING_USE",
            "SUPPORTERS_NOT_ALLOWED"
        }) {
            used.add("refusal." + refusal);
        }
        for (String problem : new String[] {"MISSING", "NOT_A_NUMBER", "IMPOSSIBLE", "IN_FUTURE", "TOO_OLD"}) {
            used.add("form.date." + problem);
        }
        for (String field : new String[] {"startYear", "endYear"}) {
            for (String problem :
                    new String[] {"MISSING", "NOT_A_NUMBER", "BEFORE_BIRTH", "IN_FUTURE", "BEFORE_START"}) {
                used.add("form.year." + field + "." + problem);
            }
        }
        for (String state : new String[] {"VALID", "USED", "EXPIRED", "UNKNOWN"}) {
            used.add("handover." + state + ".title");
            used.add("handover." + state + ".body");
        }
        used.add("handover.VALID.button");
        for (String link : new String[] {"confirmLink.", "loginLink.", "emailLink."}) {
            for (String state : new String[] {"VALID", "USED", "EXPIRED", "UNKNOWN"}) {
                used.add(link + state + ".title");
                used.add(link + state + ".body");
            }
            used.add(link + "VALID.button");
            used.add(link + "newLink");
        }
        for (String kind : new String[] {
            "SIGNED_UP", "SIGNED_UP_AGAIN", "VERIFIED", "AGREEMENT_ACCEPTED", "CLAIMANT_ADDED", "CLAIMANT_CORRECTED",
            "DETAILS_CORRECTED", "CLAIMANT_WITHDRAWN", "WITHDRAWN", "CAME_OF_AGE", "HANDOVER_INVITED", "HANDED_OVER",
            "TAKEN_OVER", "REMINDED", "ANONYMISED", "ANONYMISED_AFTER_WITHDRAWAL"
        }) {
            used.add("history." + kind);
        }
        addBackofficeFileFamilies(used);
        for (String mail : new String[] {"SENT", "PENDING", "FAILED"}) {
            used.add("dossier.mail." + mail);
        }
        for (String notice : new String[] {"handover.sent", "handover.invalid", "email", "news"}) {
            used.add("dossier.notice." + notice);
        }
        for (String status : new String[] {"REGISTERED", "UNDER_REVIEW", "WITHDRAWN", "COMPLETE", "CAME_OF_AGE"}) {
            used.add("dossier.claimant." + status);
            used.add("dossier.claimant." + status + ".explanation");
        }
        used.add("form.firstName.missing");
        used.add("form.lastName.missing");
    }

    private static Set<String> keys(String bundle) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(bundle)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The back office's file, its actions and the duplicate reviews. */
    private static void addBackofficeFileFamilies(Set<String> used) {
        for (String kind : new String[] {
            "VERIFICATION_RESENT",
            "LOGIN_LINK_SENT",
            "FRAUD_SUSPECTED",
            "FRAUD_CLEARED",
            "REVIEW_SAME_CHILD",
            "REVIEW_DIFFERENT_CHILDREN"
        }) {
            used.add("history." + kind);
        }
        for (var status : nl.claimdesk.registration.ClaimantStatus.values()) {
            used.add("bo.status." + status.name());
            used.add("participants.claimantStatus." + status.name());
        }
        used.add("dossier.claimant.DUPLICATE");
        used.add("dossier.claimant.DUPLICATE.explanation");
        for (var channel : nl.claimdesk.registration.WithdrawalChannel.values()) {
            used.add("bo.channel." + channel.name());
        }
        for (String actor : new String[] {"PARTICIPANT", "STAFF", "SYSTEM"}) {
            used.add("bo.actor." + actor);
        }
        for (String mail : new String[] {"SENT", "PENDING", "FAILED"}) {
            used.add("bo.mail.status." + mail);
        }
        for (String notice : new String[] {"corrected", "mailed", "withdrawn", "suspected", "cleared"}) {
            used.add("bo.file.done." + notice);
        }
        for (String mode : new String[] {"mark", "clear"}) {
            for (String part : new String[] {"title", "intro", "submit"}) {
                used.add("bo.fraud." + mode + "." + part);
            }
        }
        for (String kind : new String[] {"verify", "login"}) {
            for (String part : new String[] {"title", "intro", "submit"}) {
                used.add("bo.mail." + kind + "." + part);
            }
        }
        for (String problem : new String[] {"MISSING", "NOT_A_NUMBER", "IMPOSSIBLE", "IN_FUTURE", "TOO_OLD"}) {
            used.add("bo.withdraw.received." + problem);
        }
        for (String resolution : new String[] {"SAME_CHILD", "DIFFERENT_CHILDREN"}) {
            used.add("bo.file.review." + resolution);
        }
        used.add("bo.review.reason.SAME_NAME_AND_BIRTH_DATE");
        for (String language : new String[] {"nl", "en"}) {
            used.add("bo.language." + language);
        }
    }
}
