package org.storyline.source.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into addresses. The fetcher calls it once per hop and connects only to what it returned
 * and the policy accepted, so a second answer (DNS rebinding) can never be used. Tests substitute a fixed map.
 */
@FunctionalInterface
public interface HostResolver {

    /** The platform resolver ({@link InetAddress#getAllByName}). */
    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    /** @throws UnknownHostException when the name does not resolve */
    List<InetAddress> resolve(String host) throws UnknownHostException;
}
