package nl.claimdesk.news.view;

import java.util.List;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;

/** The form to compose a mailing, with what was typed and its problems. */
public record ComposeView(
        String action,
        FormErrors errors,
        List<Choice> campaigns,
        List<Choice> kinds,
        List<Choice> audienceKinds,
        List<Choice> languages,
        boolean completeOnly,
        String subjectNl,
        String bodyNl,
        String subjectEn,
        String bodyEn,
        List<Choice> timelineItems,
        List<Choice> publishOnSite) {}
