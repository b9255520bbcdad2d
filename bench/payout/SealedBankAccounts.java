import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * The payout bench's bank accounts (run by bench/payout/run with the JDK's single-file launcher and the app's classes
 * and libraries on the class path): reads "claimant id, account id, holder name" lines (tab-separated) on standard
 * input and writes one confirmed bank_account row per line on standard output, in COPY's text format. Each IBAN is a
 * valid Dutch one made from the line's number, checked by the app's own Iban.check and sealed by the app's own
 * IbanCipher with the keys of CLAIMDESK_PAYOUT_BANK_IBAN_KEYS: the rows are the ones the app would store, byte for
 * byte apart from the random nonce. IbanKeys and IbanCipher are package-private in the app, hence the reflection.
 *
 * <pre>
 * java -cp APP_CLASSES:APP_LIBS/* SealedBankAccounts NOW &lt; claimants.tsv &gt; bank_accounts.tsv
 * </pre>
 *
 * NOW is the timestamp written as entered_at and confirmed_at.
 */
public class SealedBankAccounts {

    private static final String[] BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB"};

    public static void main(String[] args) throws Exception {
        String now = args[0];
        String keys = System.getenv("CLAIMDESK_PAYOUT_BANK_IBAN_KEYS");
        if (keys == null || keys.isBlank()) {
            throw new IllegalStateException("CLAIMDESK_PAYOUT_BANK_IBAN_KEYS must hold the app's IBAN keys");
        }
        String bank = "nl.claimdesk.payout.internal.bank.";
        Class<?> settingsClass = Class.forName(bank + "BankSettings");
        Class<?> keysClass = Class.forName(bank + "IbanKeys");
        Class<?> secretsClass = Class.forName("nl.claimdesk.infrastructure.SiteSecrets");
        Class<?> cipherClass = Class.forName(bank + "IbanCipher");
        Class<?> ibanClass = Class.forName("nl.claimdesk.payout.Iban");
        Object settings = settingsClass.getConstructor(String.class).newInstance(keys);
        Constructor<?> keysConstructor = keysClass.getDeclaredConstructor(settingsClass, secretsClass);
        keysConstructor.setAccessible(true);
        Object ibanKeys = keysConstructor.newInstance(settings, null); // the site secrets only serve the demo key
        Constructor<?> cipherConstructor = cipherClass.getDeclaredConstructor(keysClass);
        cipherConstructor.setAccessible(true);
        Object cipher = cipherConstructor.newInstance(ibanKeys);
        Method seal = cipherClass.getDeclaredMethod("seal", UUID.class, ibanClass);
        seal.setAccessible(true);
        Method check = ibanClass.getMethod("check", String.class);
        Method checked = check.getReturnType().getMethod("iban");
        Method newId = Class.forName("nl.claimdesk.shared.Ids").getMethod("newId");
        Method sealedValue = null;
        Method sealedKeyId = null;

        long n = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                BufferedWriter out =
                        new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] fields = line.split("\t", -1);
                String electronic = dutchIban(n++);
                Optional<?> iban = (Optional<?>) checked.invoke(check.invoke(null, electronic));
                if (iban.isEmpty()) {
                    throw new IllegalStateException("the app refuses the bench's IBAN " + electronic);
                }
                UUID id = (UUID) newId.invoke(null);
                Object sealed = seal.invoke(cipher, id, iban.get());
                if (sealedValue == null) {
                    sealedValue = sealed.getClass().getDeclaredMethod("value");
                    sealedKeyId = sealed.getClass().getDeclaredMethod("keyId");
                    sealedValue.setAccessible(true);
                    sealedKeyId.setAccessible(true);
                }
                String holder = fields[2].length() > 140 ? fields[2].substring(0, 140) : fields[2];
                out.write(String.join(
                        "\t",
                        id.toString(),
                        fields[0],
                        fields[1],
                        (String) sealedValue.invoke(sealed),
                        (String) sealedKeyId.invoke(sealed),
                        "NL",
                        Integer.toString(electronic.length()),
                        electronic.substring(electronic.length() - 4),
                        holder.replace("\\", "\\\\"),
                        "CLAIMANT",
                        "CONFIRMED",
                        now,
                        now));
                out.write('\n');
            }
        }
        System.err.println("sealed " + n + " IBANs");
    }

    /** A Dutch IBAN (NLkk BANK 0123456789) with correct ISO 13616 check digits, different for every n. */
    static String dutchIban(long n) {
        String bban = BANKS[(int) (n % BANKS.length)] + String.format("%010d", 1_000_000_000L + n);
        StringBuilder digits = new StringBuilder();
        for (char c : (bban + "NL00").toCharArray()) {
            digits.append(Character.isLetter(c) ? Integer.toString(c - 'A' + 10) : Character.toString(c));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return "NL" + String.format("%02d", check) + bban;
    }
}
