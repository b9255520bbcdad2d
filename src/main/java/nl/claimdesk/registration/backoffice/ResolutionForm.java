package nl.claimdesk.registration.backoffice;

import jakarta.validation.constraints.Pattern;
import nl.claimdesk.web.Typed;
import org.jspecify.annotations.Nullable;

/** How a staff member resolves a duplicate-child review: one of {@link FileActions.Resolution}'s names. */
record ResolutionForm(
        @Pattern(regexp = "SAME_CHILD|DIFFERENT_CHILDREN", message = "bo.review.resolution.missing")
        String resolution) {

    ResolutionForm(@Nullable String resolution) {
        this.resolution = Typed.text(resolution);
    }
}
