package org.storyline.bench.accounts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.storyline.account.Passwords;

/**
 * Cost of a sign-in's password check with Argon2id at OWASP's parameters (19 MiB, t=2, p=1): latency of hashing, of
 * verifying a wrong password against a real account's hash and against the stand-in hash used for unknown names
 * (the two should cost the same: no account enumeration by timing), and checks per second with the web app's two
 * concurrent hashing slots.
 *
 * <p>Run: {@code bin/bench PasswordBench [ROUNDS]} (default 60).
 */
public final class PasswordBench {

    private PasswordBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Passwords passwords = Passwords.owasp();
        String account = passwords.hash("the account's password".toCharArray());
        String standIn = passwords.hash("no account has this password".toCharArray());
        for (int warm = 0; warm < 10; warm++) {
            passwords.verify("warm up".toCharArray(), account);
        }
        report("hash (sign-up)", time(rounds, () -> passwords.hash("a new password".toCharArray())));
        report("verify, wrong password", time(rounds, () -> passwords.verify("wrong password".toCharArray(), account)));
        report("verify, unknown name", time(rounds, () -> passwords.verify("wrong password".toCharArray(), standIn)));
        int checks = rounds * 2;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            long start = System.nanoTime();
            List<Future<Boolean>> done = new ArrayList<>();
            for (int i = 0; i < checks; i++) {
                done.add(pool.submit(() -> passwords.verify("wrong password".toCharArray(), account)));
            }
            for (Future<Boolean> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("two slots: %d checks in %.2f s = %.1f sign-in checks/s (%d cores)%n", checks, seconds,
                    checks / seconds, Runtime.getRuntime().availableProcessors());
        }
    }

    private static List<Double> time(int rounds, Runnable work) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            work.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return millis;
    }

    private static void report(String label, List<Double> sorted) {
        System.out.printf("%-24s median %6.1f ms  p90 %6.1f ms  min %6.1f ms  (n=%d)%n", label,
                sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.9)), sorted.get(0), sorted.size());
    }
}
