package nl.claimdesk.registration;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A change the other parent's objection forbids while it stands: a correction, a withdrawal or an agreement for the
 * child (docs/adr/0048). The pages refuse these first with the reason; this is what stops any path that did not.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ClaimantFrozen extends RuntimeException {

    public ClaimantFrozen(UUID claimant) {
        super("claimant " + claimant + " is frozen by an objection");
    }
}
