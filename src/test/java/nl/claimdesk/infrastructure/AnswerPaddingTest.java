package nl.claimdesk.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.claimdesk.TestSettings;
import org.junit.jupiter.api.Test;

class AnswerPaddingTest {

    private final AnswerPadding padding =
            new AnswerPadding(TestSettings.bind(InfrastructureSettings.class, "claimdesk.answer-time=200ms"));

    @Test
    void anAnswerReadyEarlyIsGivenWhenTheAnswerTimeIsUp() throws Exception {
        long started = System.nanoTime();

        CompletableFuture<String> answer = padding.noSoonerThan(started, "sent");

        assertThat(answer).isNotDone();
        assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo("sent");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void anAnswerThatTookLongerThanTheAnswerTimeIsGivenAtOnce() {
        long startedLongAgo = System.nanoTime() - Duration.ofMillis(250).toNanos();

        assertThat(padding.noSoonerThan(startedLongAgo, "sent")).isCompletedWithValue("sent");
    }
}
