package nl.claimdesk.registration.view;

import java.util.List;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;

/**
 * The one question the class still has about a claimant in Mijn dossier (docs/adr/0047): why it is asked, and the
 * choices for the answer (a month, or a country); without choices, the page says that nothing is asked.
 */
public record ClassAnswerView(
        String heading,
        String why,
        String label,
        String action,
        String cancelHref,
        List<Choice> choices,
        FormErrors errors) {}
