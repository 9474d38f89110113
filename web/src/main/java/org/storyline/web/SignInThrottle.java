package org.storyline.web;

import java.time.Duration;
import java.time.Instant;

/**
 * How hard sign-in failures push back, decided per attempt. A lock-out per name let anyone lock any reader out
 * (five wrong passwords from anywhere, then the real reader got 429 from their own address), so:
 * <ul>
 *   <li>a name and address pair that failed {@value #PAIR_LIMIT} times in 15 minutes is refused (429): the
 *       guesser, not the reader;</li>
 *   <li>an address that failed {@value #ADDRESS_LIMIT} times (on any names) is refused: one machine trying many
 *       names;</li>
 *   <li>a name that failed {@value #NAME_SOFT_LIMIT} times from all addresses together is never refused, but each
 *       further attempt on it waits (one second more per ten failures, at most {@link #MAX_DELAY}) before the
 *       password is checked: guessing from many addresses slows down, the real reader still gets in.</li>
 * </ul>
 * Unknown names are counted like known ones, so throttling says nothing about which names exist.
 */
final class SignInThrottle {

    static final int PAIR_LIMIT = 5;
    static final int ADDRESS_LIMIT = 30;
    static final int NAME_SOFT_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_DELAY = Duration.ofSeconds(10);

    private final Throttle perPair = new Throttle(PAIR_LIMIT, WINDOW);
    private final Throttle perAddress = new Throttle(ADDRESS_LIMIT, WINDOW);
    private final Throttle perName = new Throttle(10_000, WINDOW);

    /** What to do with an attempt: refuse it, or check it after {@code delay}. */
    record Verdict(boolean refused, Duration delay) {}

    Verdict before(String nameKey, String address, Instant now) {
        if (!perPair.allows(pair(nameKey, address), now) || !perAddress.allows(address, now)) {
            return new Verdict(true, Duration.ZERO);
        }
        int over = perName.attempts(nameKey, now) - NAME_SOFT_LIMIT;
        if (over < 0) {
            return new Verdict(false, Duration.ZERO);
        }
        Duration delay = Duration.ofSeconds(1 + over / 10);
        return new Verdict(false, delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
    }

    void failed(String nameKey, String address, Instant now) {
        perPair.count(pair(nameKey, address), now);
        perAddress.count(address, now);
        perName.count(nameKey, now);
    }

    /** A right password clears the pair; the name's count stays (the guessing elsewhere goes on). */
    void succeeded(String nameKey, String address) {
        perPair.reset(pair(nameKey, address));
    }

    private static String pair(String nameKey, String address) {
        return nameKey + "\u0000" + address;
    }
}
