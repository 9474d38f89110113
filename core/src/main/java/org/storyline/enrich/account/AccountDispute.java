package org.storyline.enrich.account;

import java.util.List;
import java.util.Objects;

/**
 * The versions of one contested fact across a story's articles.
 *
 * <pre>{@code
 * AccountDispute[topic=CAUSE_OF_DEATH, versions=[
 *     natural causes (heart failure, illness): Russia's Investigative Committee (ap), Russian investigators (...),
 *     violence (torture, beatings, injuries): the Prosecutor General's Office of Azerbaijan (ap), ...]]
 * }</pre>
 *
 * @param topic    what the versions explain
 * @param versions the versions, the one most articles give first
 */
public record AccountDispute(Topic topic, List<AccountVersion> versions) {

    public AccountDispute {
        Objects.requireNonNull(topic, "topic");
        versions = List.copyOf(versions);
    }

    /**
     * True when the sources give more than one version and at least one source is named: hedged reports alone
     * ("reportedly ...") against each other are rumour, not a dispute between sources.
     */
    public boolean disputed() {
        return versions.size() > 1 && versions.stream().anyMatch(v -> v.sources().stream()
                .anyMatch(s -> !s.equals(Attribution.UNNAMED)));
    }
}
