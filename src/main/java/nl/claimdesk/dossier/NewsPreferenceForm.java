package nl.claimdesk.dossier;

import nl.claimdesk.web.Typed;
import org.jspecify.annotations.Nullable;

/** The choice on the preferences page: {@code yes} asks for news; {@code no}, anything else or nothing declines it. */
record NewsPreferenceForm(String news) {

    NewsPreferenceForm(@Nullable String news) {
        this.news = Typed.text(news);
    }

    boolean wantsNews() {
        return news.equals("yes");
    }
}
