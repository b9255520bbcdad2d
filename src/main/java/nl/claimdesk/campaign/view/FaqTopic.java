package nl.claimdesk.campaign.view;

import java.util.List;
import nl.claimdesk.shared.SafeHtml;

/** A group of frequently asked questions, in one language. */
public record FaqTopic(String title, List<Question> questions) {

    public record Question(String question, SafeHtml answer) {}
}
