package nl.claimdesk;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Values no other test uses, so tests can share one database. */
public final class Unique {

    private Unique() {}

    /** An address like {@code name-1a2b3c4d@example.nl}. */
    public static String email(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
    }

    /** {@code length} random lower-case letters, e.g. to make a name nobody else registers. */
    public static String letters(int length) {
        StringBuilder letters = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < length; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }
}
