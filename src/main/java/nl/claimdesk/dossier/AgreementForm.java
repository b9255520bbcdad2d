package nl.claimdesk.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.claimdesk.web.Typed;
import org.jspecify.annotations.Nullable;

/**
 * The agreement as accepted: the box ticked, the name typed as signature (stripped), the declaration of authority
 * for a child, and the version and fingerprint of the text the page showed.
 */
record AgreementForm(
        @Pattern(regexp = "yes", message = "agreement.accept.missing")
        String accept,

        @NotBlank(message = "agreement.signer.missing")
        @Size(max = AgreementForm.MAXIMUM_SIGNER_LENGTH, message = "agreement.signer.missing")
        String signer,

        String authority,
        String version,
        String fingerprint) {

    static final int MAXIMUM_SIGNER_LENGTH = 200;

    AgreementForm(
            @Nullable String accept,
            @Nullable String signer,
            @Nullable String authority,
            @Nullable String version,
            @Nullable String fingerprint) {
        this.accept = Typed.text(accept);
        this.signer = Typed.text(signer).strip();
        this.authority = Typed.text(authority);
        this.version = Typed.text(version);
        this.fingerprint = Typed.text(fingerprint);
    }

    boolean authorityDeclared() {
        return "yes".equals(authority);
    }
}
