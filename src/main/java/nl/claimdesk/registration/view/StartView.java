package nl.claimdesk.registration.view;

import java.util.List;
import nl.claimdesk.web.Choice;

public record StartView(Funnel funnel, List<Choice> kinds) {}
