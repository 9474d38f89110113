package org.storyline.enrich.account;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets the accounts of a story's articles side by side, per topic, one version per cause.
 *
 * <pre>{@code
 * List<AccountDispute> disputes = new AccountComparer().disputes(accountsOfAllArticles);
 * }</pre>
 *
 * <p>The story is taken to be about one incident per topic: two deaths with different causes in one story are
 * shown as one dispute (see the package notes). Unnamed reports alone do not make a dispute: a version needs
 * a named source, or a second version must have one.
 */
public final class AccountComparer {

    /** Every topic's versions, disputed or not, topics in {@link Topic} order. */
    public List<AccountDispute> compare(List<Account> accounts) {
        Map<Topic, Map<String, List<Account>>> byTopic = new LinkedHashMap<>();
        for (Topic t : Topic.values()) {
            byTopic.put(t, new LinkedHashMap<>());
        }
        for (Account a : accounts) {
            byTopic.get(a.topic()).computeIfAbsent(a.cause(), k -> new ArrayList<>()).add(a);
        }
        List<AccountDispute> out = new ArrayList<>();
        byTopic.forEach((topic, causes) -> {
            if (!causes.isEmpty()) {
                List<AccountVersion> versions = new ArrayList<>();
                causes.forEach((cause, list) -> versions.add(new AccountVersion(cause, list)));
                versions.sort(Comparator.comparingInt((AccountVersion v) -> -v.articleIds().size()));
                out.add(new AccountDispute(topic, versions));
            }
        });
        return out;
    }

    /** The topics on which named sources give more than one version. */
    public List<AccountDispute> disputes(List<Account> accounts) {
        return compare(accounts).stream().filter(AccountDispute::disputed).toList();
    }
}
