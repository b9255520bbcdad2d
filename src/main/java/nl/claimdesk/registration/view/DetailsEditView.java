package nl.claimdesk.registration.view;

import java.util.List;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;

/** Correcting the registrant's own details (the email address has its own page). */
public record DetailsEditView(
        String action, String cancelHref, RegistrantForm form, List<Choice> countries, FormErrors errors) {}
