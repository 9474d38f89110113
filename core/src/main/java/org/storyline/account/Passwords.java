package org.storyline.account;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashing with Argon2id, stored in the usual {@code $argon2id$v=19$m=..,t=..,p=..$salt$hash} form, so
 * a hash made with older parameters still verifies after the parameters change.
 *
 * <pre>{@code
 * Passwords passwords = Passwords.owasp();
 * String stored = passwords.hash("correct horse battery staple".toCharArray());
 * passwords.verify("correct horse battery staple".toCharArray(), stored); // true
 * }</pre>
 *
 * @param memoryKib   memory per hash in KiB
 * @param iterations  passes over the memory
 * @param parallelism lanes
 */
public record Passwords(int memoryKib, int iterations, int parallelism) {

    /** Fewest characters a new password may have. */
    public static final int MIN_LENGTH = 10;
    /** Most characters a password may have: Argon2 takes any length, a form should not. */
    public static final int MAX_LENGTH = 256;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern ENCODED = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

    public Passwords {
        if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("passwords: Argon2id parameters out of range");
        }
    }

    /** OWASP's recommended Argon2id parameters: 19 MiB, 2 passes, 1 lane. */
    public static Passwords owasp() {
        return new Passwords(19 * 1024, 2, 1);
    }

    /** Why a new password cannot be used, or null when it can. */
    public static String problem(char[] password) {
        if (password.length < MIN_LENGTH) {
            return "Choose a password of at least " + MIN_LENGTH + " characters.";
        }
        if (password.length > MAX_LENGTH) {
            return "Choose a password of at most " + MAX_LENGTH + " characters.";
        }
        return null;
    }

    /** A new salted hash of {@code password}, with the parameters it was made with. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, memoryKib, iterations, parallelism, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /**
     * Whether {@code password} matches {@code stored}, in time that does not depend on where they differ. A stored
     * value that is not an Argon2id string never matches.
     */
    public boolean verify(char[] password, String stored) {
        Matcher m = stored == null ? null : ENCODED.matcher(stored);
        if (m == null || !m.matches()) {
            return false;
        }
        int memory = Integer.parseInt(m.group(1));
        int passes = Integer.parseInt(m.group(2));
        int lanes = Integer.parseInt(m.group(3));
        if (lanes < 1 || passes < 1 || memory < 8 * lanes || memory > 1024 * 1024) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(m.group(5));
        byte[] actual = derive(password, Base64.getDecoder().decode(m.group(4)), memory, passes, lanes, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Whether a stored hash was made with weaker parameters than these, so it should be re-hashed on sign-in. */
    public boolean outdated(String stored) {
        return stored == null || !stored.startsWith("$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p="
                + parallelism + "$");
    }

    private static byte[] derive(char[] password, byte[] salt, int memory, int passes, int lanes, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt)
                .withMemoryAsKB(memory).withIterations(passes).withParallelism(lanes).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password, out); // UTF-8, as other Argon2 tools encode passwords
        return out;
    }
}
