package nl.claimdesk.campaign.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import nl.claimdesk.campaign.ContentBlock;
import nl.claimdesk.shared.Language;
import org.junit.jupiter.api.Test;

/** The content editor names every text, language and kind of page it shows, in every bundle. */
class ContentMessagesTest {

    @Test
    void everyTextAndLanguageHasALabel() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_nl.properties", "messages_en.properties"}) {
            Properties messages = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (ContentBlock block : ContentBlock.values()) {
                assertThat(messages.getProperty(TextEditorController.labelKey(block)))
                        .as(bundle + " " + block)
                        .isNotBlank();
            }
            for (String kind : new String[] {TimelineEditorController.KIND, FaqEditorController.KIND}) {
                for (ItemEditorController.Action action : ItemEditorController.Action.values()) {
                    assertThat(messages.getProperty(action.headingKey(kind)))
                            .as(bundle + " " + kind + " " + action)
                            .isNotBlank();
                }
            }
            for (Language language : Language.values()) {
                assertThat(messages.getProperty("content.language." + language.code()))
                        .as(bundle + " " + language)
                        .isNotBlank();
            }
        }
    }
}
