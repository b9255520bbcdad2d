package nl.claimdesk.campaign.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.campaign.EditedCampaign;
import nl.claimdesk.campaign.internal.CampaignDefinition.TitledText;
import nl.claimdesk.campaign.internal.StoredContent;
import nl.claimdesk.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Editors saving the same item at the same moment: exactly one save wins, the others are told, none is lost silently. */
@IntegrationTest
class ConcurrentContentEditsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ContentEdits edits;

    @Autowired
    EditableContent content;

    @Autowired
    JdbcClient jdbc;

    @Test
    void ofSimultaneousSavesFromTheSameVersionExactlyOneWins() throws Exception {
        EditedCampaign campaign = EditedCampaign.create(context, "race");
        EditableCampaign editable = content.campaign(campaign.slug()).orElseThrow();
        UUID item = campaign.timelineItem("Start");
        int editors = 4;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> saves = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            String title = "Redacteur " + i;
            saves.add(() -> {
                start.await();
                try {
                    edits.updateTimelineItem(
                            new ContentEdits.Editor(Actor.staff(UUID.randomUUID()), null),
                            editable,
                            item,
                            1,
                            LocalDate.of(2024, 1, 1),
                            texts(title));
                    return true;
                } catch (ContentConflict refused) {
                    return false;
                }
            });
        }
        List<Boolean> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(editors)) {
            List<Future<Boolean>> running = saves.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Boolean> outcome : running) {
                outcomes.add(outcome.get());
            }
        }

        assertThat(outcomes).containsOnlyOnce(true);
        StoredContent.TimelineItem stored =
                content.timelineItem(editable.id(), item).orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.texts().get(Language.NL).title())
                .isEqualTo(stored.texts().get(Language.EN).title())
                .startsWith("Redacteur ");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'content.changed' and subject_id = ?")
                        .param(item.toString())
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private static Map<Language, TitledText> texts(String title) {
        Map<Language, TitledText> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, new TitledText(title, ""));
        }
        return texts;
    }
}
