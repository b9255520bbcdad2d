package nl.claimdesk.registration.view;

import java.util.List;
import nl.claimdesk.web.Choice;

public record DetailsView(Funnel funnel, RegistrantForm form, List<Choice> countries) {}
