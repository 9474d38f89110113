package org.storyline.app;

import java.util.concurrent.Callable;
import org.storyline.store.ArticleStore;
import org.storyline.store.TokenRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code storyline token create|list|revoke}: API tokens for writes through the JSON API. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "API tokens for the JSON API's writes (send as: Authorization: Bearer TOKEN).",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a token; it is printed once and stored only as its SHA-256.")
    static final class Create implements Callable<Integer> {
        @Mixin
        private CommonOptions common;
        @Parameters(paramLabel = "NAME", description = "What the token is for (unique).")
        private String name;

        @Override
        public Integer call() {
            var created = Backends.store(common.config()).tokens().create(name);
            if (created.isEmpty()) {
                System.err.println("storyline: a token named '" + name + "' exists already (or the name is blank)");
                return 1;
            }
            System.err.println("Token '" + created.get().token().name() + "' (id " + created.get().token().id()
                    + "). Copy it now, it is not shown again:");
            System.out.println(created.get().secret());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every token: id, name, created, last used.")
    static final class ListTokens implements Callable<Integer> {
        @Mixin
        private CommonOptions common;

        @Override
        public Integer call() {
            var tokens = Backends.store(common.config()).tokens().all();
            if (tokens.isEmpty()) {
                System.out.println("No tokens. Create one with: storyline token create NAME");
            }
            for (TokenRegistry.Token t : tokens) {
                System.out.printf("%s  %-24s created %s, last used %s%n", t.id(), t.name(), t.createdAt(),
                        t.lastUsedAt() == null ? "never" : t.lastUsedAt());
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by id or name.")
    static final class Revoke implements Callable<Integer> {
        @Mixin
        private CommonOptions common;
        @Parameters(paramLabel = "ID|NAME", description = "The token's id or name, as token list shows it.")
        private String token;

        @Override
        public Integer call() {
            boolean revoked = Backends.store(common.config()).tokens().revoke(token);
            if (revoked) {
                System.out.println("revoked " + Terminal.safe(token));
            } else {
                System.err.println("storyline: no such token: " + Terminal.safe(token) + " (see: storyline token list)");
            }
            return revoked ? 0 : 1;
        }
    }
}
