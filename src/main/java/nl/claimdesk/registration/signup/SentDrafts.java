package nl.claimdesk.registration.signup;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The idempotency keys of the sign-up drafts that were sent. A draft is sent once: whatever is done with a copy of
 * its sealed cookie afterwards (sending it again, typing another address into it, sending it after its registration
 * was erased) stores nothing more. Keys are kept for twice as long as a draft can live, so a node whose clock is a
 * little off cannot let an old draft through.
 */
@Component
public class SentDrafts {

    private final JdbcClient jdbc;
    private final Clock clock;

    SentDrafts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records that the draft was sent, in the caller's transaction; false when it was sent before. A concurrent
     * sending of the same draft waits for this transaction and then sees the key.
     */
    boolean markSent(UUID idempotencyKey) {
        return jdbc.sql("insert into sent_draft (idempotency_key, sent_at) values (?, ?) on conflict do nothing")
                        .params(idempotencyKey, OffsetDateTime.now(clock))
                        .update()
                == 1;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
    void forgetOldKeys() {
        jdbc.sql("delete from sent_draft where sent_at < ?")
                .param(OffsetDateTime.now(clock).minus(SignUpDraft.MAXIMUM_AGE.multipliedBy(2)))
                .update();
    }
}
