package nl.claimdesk.registration.backoffice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.claimdesk.web.Typed;
import org.jspecify.annotations.Nullable;

/** An opt-out or opt-in the court's registry reported for one claimant, as the case handler typed it. */
record RegistryChoiceForm(
        @Pattern(regexp = "OPTED_OUT|OPTED_IN", message = "registry.form.choice.missing")
        String choice,

        @NotBlank(message = "registry.form.reference.missing")
        @Size(max = RegistryChoiceForm.MAXIMUM_REFERENCE_LENGTH, message = "registry.form.reference.tooLong")
        String reference) {

    static final int MAXIMUM_REFERENCE_LENGTH = 60;
    static final RegistryChoiceForm EMPTY = new RegistryChoiceForm("", "");

    RegistryChoiceForm(@Nullable String choice, @Nullable String reference) {
        this.choice = Typed.text(choice);
        this.reference = Typed.text(reference).strip();
    }
}
