package nl.claimdesk.registration.view;

import java.util.List;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;

/** The upload of a registry's list: which campaign it is for, the file, and the columns it must have. */
public record RegistryUploadView(String action, List<Choice> campaigns, List<String> columns, FormErrors errors) {}
