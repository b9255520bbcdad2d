package nl.claimdesk.infrastructure;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Gives the answer to a form that mails a typed address (sign-up, login link, new confirmation link) no sooner than a
 * fixed time after the request came in, so that a new address, a known one, one over its limit and a robot's all
 * take the same time, also while work for a known address runs on another thread (docs/adr/0025). The wait holds no
 * request thread: the answer is completed later by a timer.
 */
@Component
public class AnswerPadding {

    private final Duration answerTime;

    AnswerPadding(InfrastructureSettings settings) {
        this.answerTime = settings.answerTime();
    }

    /** {@code answer}, once {@code answerTime} has passed since {@code startedNanos} (a {@link System#nanoTime()}). */
    public <T> CompletableFuture<T> noSoonerThan(long startedNanos, T answer) {
        long remaining = answerTime.toNanos() - (System.nanoTime() - startedNanos);
        if (remaining <= 0) {
            return CompletableFuture.completedFuture(answer);
        }
        return CompletableFuture.supplyAsync(
                () -> answer, CompletableFuture.delayedExecutor(remaining, TimeUnit.NANOSECONDS));
    }
}
