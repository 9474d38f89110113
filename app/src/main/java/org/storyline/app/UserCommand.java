package org.storyline.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.account.Passwords;
import org.storyline.account.Role;
import org.storyline.account.User;
import org.storyline.account.UserName;
import org.storyline.store.Accounts;
import org.storyline.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code storyline user add-admin|set-role}: accounts that only the operator can make. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Readers' accounts: create an admin, change a role.",
        subcommands = {UserCommand.AddAdmin.class, UserCommand.SetRole.class})
final class UserCommand {

    @Command(name = "add-admin", mixinStandardHelpOptions = true,
            description = {"Create an admin account (or make an account an admin and set its password).",
                    "The password is asked for twice on a terminal, else read as the first line of standard input:",
                    "  echo \"$ADMIN_PASSWORD\" | storyline user add-admin Editor"})
    static final class AddAdmin implements Callable<Integer> {
        @Mixin
        private CommonOptions common;
        @Parameters(index = "0", paramLabel = "NAME", description = "The account's name (2 to 40 characters).")
        private String typedName;

        @Override
        public Integer call() throws IOException {
            UserName name = UserName.parse(typedName);
            if (!name.valid()) {
                System.err.println("storyline: " + name.problem());
                return 1;
            }
            char[] password = readPassword(name.name());
            if (password == null) {
                return 1;
            }
            String problem = Passwords.problem(password);
            if (problem != null) {
                System.err.println("storyline: " + problem);
                return 1;
            }
            String hash = Passwords.owasp().hash(password);
            Arrays.fill(password, '\0');
            Accounts accounts = Backends.store(common.config()).accounts();
            var existing = accounts.credentials(name.key()).or(() -> accounts.credentials(UserName.plainKeyOf(typedName)));
            if (existing.isPresent()) {
                User user = existing.get().user();
                accounts.setRole(user.id(), Role.ADMIN);
                accounts.setPassword(user.id(), hash);
                accounts.endSessions(user.id());
                System.out.println(user.name() + " is an admin now; the password was changed and its sessions ended.");
            } else {
                accounts.create(name, hash, Role.ADMIN, Instant.now()).orElseThrow();
                System.out.println("Created the admin " + name.name() + "; sign in at /signin.");
            }
            return 0;
        }

        private static char[] readPassword(String name) throws IOException {
            Console console = System.console();
            if (console != null && isTerminal(console)) {
                char[] first = console.readPassword("Password for %s: ", name);
                char[] again = console.readPassword("The same password again: ");
                if (first == null || again == null || !Arrays.equals(first, again)) {
                    System.err.println("storyline: the two passwords differ; nothing was changed");
                    return null;
                }
                Arrays.fill(again, '\0');
                return first;
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                System.err.println("storyline: no password on standard input (give it as the first line)");
                return null;
            }
            return line.toCharArray();
        }

        /** Console.isTerminal() (JDK 22+): newer JDKs give a console even when standard input is a pipe. */
        private static boolean isTerminal(Console console) {
            try {
                return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
            } catch (ReflectiveOperationException e) {
                return true; // JDK 21: System.console() is null unless both ends are a terminal
            }
        }
    }

    @Command(name = "set-role", mixinStandardHelpOptions = true,
            description = "Give an account a role: reader, moderator (may remove comments) or admin.")
    static final class SetRole implements Callable<Integer> {
        @Mixin
        private CommonOptions common;
        @Parameters(index = "0", paramLabel = "NAME", description = "An existing account's name.")
        private String name;
        @Parameters(index = "1", paramLabel = "ROLE", description = "reader, moderator or admin.")
        private String role;

        @Override
        public Integer call() {
            Role chosen;
            try {
                chosen = Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                System.err.println("storyline: no role " + role + "; choose reader, moderator or admin");
                return 1;
            }
            Accounts accounts = Backends.store(common.config()).accounts();
            var found = accounts.credentials(UserName.keyOf(name)).or(() -> accounts.credentials(UserName.plainKeyOf(name)));
            if (found.isEmpty()) {
                System.err.println("storyline: no account named " + name);
                return 1;
            }
            accounts.setRole(found.get().user().id(), chosen);
            System.out.println(found.get().user().name() + " is a " + chosen.name().toLowerCase(Locale.ROOT) + " now.");
            return 0;
        }
    }
}
