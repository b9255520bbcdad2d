package nl.claimdesk.email;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.claimdesk.TestSettings;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery nodes a test of another module drives itself, with the application's bulk mail sources, transport and
 * clock; and a way to stop and start the application's own delivery threads, so that only the test's nodes send.
 */
public final class DeliveryNodes {

    private DeliveryNodes() {}

    /** A node that delivers one batch whenever asked; returns how many mails it claimed. */
    public interface Node {
        int deliverBatch();
    }

    public static void stopApplicationWorkers(ApplicationContext context) {
        context.getBean(DeliveryWorker.class).stop();
    }

    public static void startApplicationWorkers(ApplicationContext context) {
        DeliveryWorker worker = context.getBean(DeliveryWorker.class);
        if (!worker.isRunning()) {
            worker.start();
        }
    }

    public static Node node(ApplicationContext context, int batchSize) {
        return worker(context, context.getBean(MailTransport.class), batchSize)::deliverBatch;
    }

    /**
     * A node that dies after the mail server accepted its batch and before its transaction commits: the batch is
     * sent, and the database does not know it.
     */
    public static Node crashingNode(ApplicationContext context, int batchSize) {
        MailTransport real = context.getBean(MailTransport.class);
        MailTransport dying = mails -> {
            Map<UUID, DeliveryFailure> failures = real.send(mails);
            throw new NodeDied(mails.size() - failures.size());
        };
        return worker(context, dying, batchSize)::deliverBatch;
    }

    /**
     * A node that sends only {@code source}'s bulk mail, through a mail server that refuses every mail to the
     * addresses {@code forNow} with a 4xx and to {@code forGood} with a 5xx to the recipient; the rest is sent.
     */
    public static Node refusingNode(
            ApplicationContext context, int batchSize, BulkMailSource source, Set<String> forNow, Set<String> forGood) {
        MailTransport real = context.getBean(MailTransport.class);
        MailTransport refusing = mails -> {
            Map<UUID, DeliveryFailure> failures = new HashMap<>(real.send(mails.stream()
                    .filter(mail -> !forNow.contains(mail.recipient()) && !forGood.contains(mail.recipient()))
                    .toList()));
            for (PendingMail mail : mails) {
                if (forNow.contains(mail.recipient())) {
                    failures.put(mail.id(), DeliveryFailure.temporary("451 4.7.1 try again later"));
                } else if (forGood.contains(mail.recipient())) {
                    failures.put(
                            mail.id(),
                            new DeliveryFailure("550 5.1.1 no such user", DeliveryFailure.Kind.RECIPIENT_REFUSED));
                }
            }
            return failures;
        };
        return worker(context, refusing, batchSize, List.of(source))::deliverBatch;
    }

    private static DeliveryWorker worker(ApplicationContext context, MailTransport transport, int batchSize) {
        return worker(
                context,
                transport,
                batchSize,
                List.copyOf(context.getBeansOfType(BulkMailSource.class).values()));
    }

    private static DeliveryWorker worker(
            ApplicationContext context, MailTransport transport, int batchSize, List<BulkMailSource> sources) {
        return new DeliveryWorker(
                context.getBean(JdbcClient.class),
                context.getBean(TransactionTemplate.class),
                transport,
                context.getBean(UndeliverableAddresses.class),
                context.getBean(MailRenderer.class),
                sources,
                context.getBean(Clock.class),
                context.getBean(MeterRegistry.class),
                TestSettings.bind(EmailSettings.class, "claimdesk.mail.batch-size=" + batchSize));
    }

    /** The node died between handing mails to the server and recording it. */
    public static final class NodeDied extends RuntimeException {
        private final int handedOver;

        NodeDied(int handedOver) {
            super("node died after handing " + handedOver + " mails to the mail server");
            this.handedOver = handedOver;
        }

        public int handedOver() {
            return handedOver;
        }
    }
}
