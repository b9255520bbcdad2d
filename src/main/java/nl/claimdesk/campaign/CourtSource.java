package nl.claimdesk.campaign;

import java.net.URI;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where a class definition comes from: the court (or, before any ruling, the party that set the rule), the date of
 * the decision, its case reference or ECLI, and a link to it. A reference or link that is not public yet is left out.
 */
public record CourtSource(
        String court,
        LocalDate decidedOn,
        @Nullable String caseReference,
        @Nullable URI url) {}
