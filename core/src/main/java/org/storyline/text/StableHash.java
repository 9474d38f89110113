package org.storyline.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Short, stable identifiers from text: SHA-256, first 60 bits, lower-case base 32. */
public final class StableHash {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private StableHash() {
    }

    /** 12 characters of base 32 over SHA-256 of {@code key}. */
    public static String of(String key) {
        byte[] digest = sha256(key.getBytes(StandardCharsets.UTF_8));
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (digest[i] & 0xff);
        }
        char[] out = new char[12];
        for (int i = 0; i < 12; i++) {
            out[i] = ALPHABET[(int) ((bits >>> (64 - 5 * (i + 1))) & 31)];
        }
        return new String(out);
    }

    /** Hex SHA-256 of bytes, for content hashes. */
    public static String sha256Hex(byte[] bytes) {
        byte[] digest = sha256(bytes);
        StringBuilder hex = new StringBuilder(64);
        for (byte b : digest) {
            hex.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
        }
        return hex.toString();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("text: SHA-256 missing from the JDK", e);
        }
    }
}
