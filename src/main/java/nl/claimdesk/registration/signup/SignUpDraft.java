package nl.claimdesk.registration.signup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.registration.view.ChildForm;
import nl.claimdesk.registration.view.RegistrantForm;
import nl.claimdesk.registration.view.UseForm;
import org.jspecify.annotations.Nullable;

/**
 * Everything typed in the sign-up funnel so far, exactly as typed, so a page with an error shows the input again.
 * It lives in a sealed cookie in the visitor's browser until it is sent; nothing is stored before that.
 *
 * @param idempotencyKey identifies this sign-up, so that sending it twice stores it once
 * @param startedAt when the funnel was opened (epoch milliseconds), for the minimum fill time
 * @param suspicious the hidden field that only robots fill in was filled in
 */
public record SignUpDraft(
        String campaign,
        @Nullable RegistrationKind kind,
        RegistrantForm registrant,
        List<ChildForm> children,
        UseForm use,
        UUID idempotencyKey,
        long startedAt,
        boolean suspicious) {

    static final int MAXIMUM_CHILDREN = 10;

    /**
     * How long after the funnel was opened a draft can still be sent. The cookie's own lifetime is up to the browser;
     * this bound is what lets {@link SentDrafts} forget keys.
     */
    static final Duration MAXIMUM_AGE = Duration.ofDays(1);

    static SignUpDraft start(String campaign, long now) {
        return new SignUpDraft(
                campaign,
                null,
                RegistrantForm.EMPTY,
                List.of(ChildForm.EMPTY),
                UseForm.EMPTY,
                UUID.randomUUID(),
                now,
                false);
    }

    SignUpDraft withKind(RegistrationKind newKind) {
        return new SignUpDraft(campaign, newKind, registrant, children, use, idempotencyKey, startedAt, suspicious);
    }

    SignUpDraft withRegistrant(RegistrantForm newRegistrant, boolean robot) {
        return new SignUpDraft(
                campaign, kind, newRegistrant, children, use, idempotencyKey, startedAt, suspicious || robot);
    }

    SignUpDraft withChildren(List<ChildForm> newChildren) {
        List<ChildForm> kept = newChildren.isEmpty() ? List.of(ChildForm.EMPTY) : List.copyOf(newChildren);
        return new SignUpDraft(campaign, kind, registrant, kept, use, idempotencyKey, startedAt, suspicious);
    }

    SignUpDraft withAnotherChild() {
        if (children.size() >= MAXIMUM_CHILDREN) {
            return this;
        }
        List<ChildForm> more = new ArrayList<>(children);
        more.add(ChildForm.EMPTY);
        return withChildren(more);
    }

    SignUpDraft withoutChild(int index) {
        if (index < 0 || index >= children.size()) {
            return this;
        }
        List<ChildForm> fewer = new ArrayList<>(children);
        fewer.remove(index);
        return withChildren(fewer);
    }

    SignUpDraft withUse(UseForm newUse) {
        return new SignUpDraft(campaign, kind, registrant, children, newUse, idempotencyKey, startedAt, suspicious);
    }

    boolean expired(long now) {
        return now - startedAt > MAXIMUM_AGE.toMillis();
    }
}
