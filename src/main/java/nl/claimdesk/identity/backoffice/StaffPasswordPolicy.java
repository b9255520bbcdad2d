package nl.claimdesk.identity.backoffice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.claimdesk.identity.internal.IdentitySettings;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What makes a staff password acceptable: at least 15 characters (code points, so any script counts the same), at
 * most 128, no composition rules, and not a known password: not on the shipped list of common and breached
 * passwords (or an extra list the operator gives), not one of those repeated or followed by digits and symbols,
 * and not a run along the keyboard, the alphabet or the digits.
 */
@Component
class StaffPasswordPolicy {

    static final int MINIMUM = 15;
    static final int MAXIMUM = 128;

    private static final String[] RUNS = {
        "abcdefghijklmnopqrstuvwxyz",
        "0123456789",
        "qwertyuiopasdfghjklzxcvbnm",
        "qwertzuiopasdfghjklyxcvbnm",
        "azertyuiopqsdfghjklmwxcvbn",
        "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
        "qazwsxedcrfvtgbyhnujmikolp"
    };

    private final Set<String> known;

    StaffPasswordPolicy(IdentitySettings settings) {
        String extraFile = settings.staff().breachedPasswordsFile();
        Set<String> passwords = new HashSet<>();
        try (InputStream in = new ClassPathResource("identity/breached-passwords.txt").getInputStream()) {
            read(in, passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!extraFile.isBlank()) {
            try (InputStream in = Files.newInputStream(Path.of(extraFile))) {
                read(in, passwords);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the breached passwords file " + extraFile, e);
            }
        }
        this.known = Set.copyOf(passwords);
    }

    /** The message key saying what is wrong with the password, or empty when it is acceptable. */
    Optional<String> problem(String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MINIMUM) {
            return Optional.of("staff.password.tooShort");
        }
        if (length > MAXIMUM) {
            return Optional.of("staff.password.tooLong");
        }
        if (isKnown(normalise(password))) {
            return Optional.of("staff.password.known");
        }
        return Optional.empty();
    }

    private boolean isKnown(String password) {
        if (known.contains(password) || isRun(password)) {
            return true;
        }
        String stem = password.replaceAll("[\\p{N}\\p{P}\\p{S}\\s]+$", "");
        if (!stem.isEmpty() && stem.length() < password.length() && (known.contains(stem) || isRun(stem))) {
            return true;
        }
        String unit = repeatedUnit(password);
        return unit.length() < password.length() && (unit.length() <= 3 || known.contains(unit) || isRun(unit));
    }

    /** The shortest string that, repeated, makes up the password (the password itself if there is none). */
    private static String repeatedUnit(String password) {
        for (int size = 1; size <= password.length() / 2; size++) {
            String unit = password.substring(0, size);
            if (unit.repeat(password.length() / size + 1).startsWith(password)) {
                return unit;
            }
        }
        return password;
    }

    private static boolean isRun(String password) {
        for (String run : RUNS) {
            String forward = run.repeat(1 + password.length() / run.length() + 1);
            String backward = new StringBuilder(forward).reverse().toString();
            if (forward.contains(password) || backward.contains(password)) {
                return true;
            }
        }
        return false;
    }

    static String normalise(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static void read(InputStream in, Set<String> into) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                into.add(normalise(line.strip()));
            }
        }
    }
}
