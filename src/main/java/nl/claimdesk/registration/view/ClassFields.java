package nl.claimdesk.registration.view;

import java.util.List;
import nl.claimdesk.web.Choice;
import org.jspecify.annotations.Nullable;

/**
 * The questions the class asks of one claimant beyond the years of use (docs/adr/0047); a list is {@code null} where
 * the question is not asked.
 */
public record ClassFields(
        @Nullable List<Choice> startMonths,
        @Nullable List<Choice> endMonths,
        @Nullable List<Choice> residences) {}
