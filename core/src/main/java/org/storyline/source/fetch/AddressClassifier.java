package org.storyline.source.fetch;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * Sorts an IP address into an {@link AddressClass} from its bytes alone (no lookups), so the check is about
 * the exact address a socket will connect to.
 *
 * <pre>{@code
 * AddressClassifier.classify(InetAddress.getByName("169.254.169.254")) // LINK_LOCAL
 * }</pre>
 */
public final class AddressClassifier {

    private AddressClassifier() {
    }

    /**
     * Why a URL's host is not a public feed host, judged without a lookup (for lists imported unfetched, such as
     * OPML): an IP literal outside public space, an ambiguous literal, or a name that only a local network
     * answers (localhost, *.local, *.internal, *.lan, *.home.arpa). Null when nothing says so; the fetcher
     * checks the resolved addresses again on every fetch.
     */
    public static String localHostReason(String host) {
        if (host == null || host.isBlank()) {
            return "no host";
        }
        String h = host.toLowerCase(java.util.Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost") || h.endsWith(".local") || h.endsWith(".internal")
                || h.endsWith(".lan") || h.endsWith(".home.arpa")) {
            return "a local network name";
        }
        boolean literal = h.startsWith("[") || h.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
        if (!literal) {
            return null;
        }
        if (ambiguous(h)) {
            return "an ambiguous address (a leading zero is octal to some programs)";
        }
        try {
            AddressClass kind = classifyLiteral(h, InetAddress.getByName(h));
            return kind == AddressClass.PUBLIC ? null
                    : "a " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " address";
        } catch (java.net.UnknownHostException e) {
            return "not an IP address";
        }
    }

    /**
     * True for an IPv4 literal with a leading zero in a part ({@code 0177.0.0.1}): octal to curl, browsers and
     * inet_aton (127.0.0.1), decimal to Java (177.0.0.1), so the address checked would not be the one meant.
     */
    static boolean ambiguous(String host) {
        return !host.startsWith("[") && java.util.Arrays.stream(host.split("\\.", -1))
                .anyMatch(part -> part.length() > 1 && part.startsWith("0"));
    }

    public static AddressClass classify(InetAddress address) {
        byte[] b = address.getAddress();
        return b.length == 4 ? classifyV4(b, 0) : classifyV6(b);
    }

    /**
     * Classifies an address parsed from a URL's host. Java turns a bracketed {@code [::ffff:127.0.0.1]} into a
     * plain IPv4 address; such a literal is an evasion trick, not a feed host, so it gets its own class.
     */
    static AddressClass classifyLiteral(String bracketedHost, InetAddress parsed) {
        if (bracketedHost.startsWith("[") && parsed instanceof Inet4Address) {
            return AddressClass.IPV4_IN_IPV6;
        }
        return classify(parsed);
    }

    private static AddressClass classifyV4(byte[] b, int at) {
        int a = b[at] & 0xFF;
        int c = b[at + 1] & 0xFF;
        int d = b[at + 2] & 0xFF;
        if (a == 0) {
            return AddressClass.UNSPECIFIED;
        }
        if (a == 127) {
            return AddressClass.LOOPBACK;
        }
        if (a == 10 || (a == 172 && c >= 16 && c <= 31) || (a == 192 && c == 168)) {
            return AddressClass.PRIVATE;
        }
        if (a == 169 && c == 254) {
            return AddressClass.LINK_LOCAL;
        }
        if (a == 100 && c >= 64 && c <= 127) {
            return AddressClass.SHARED_CGNAT;
        }
        if (a >= 224 && a <= 239) {
            return AddressClass.MULTICAST;
        }
        boolean reserved = a >= 240
                || (a == 192 && c == 0 && (d == 0 || d == 2))
                || (a == 198 && (c == 18 || c == 19))
                || (a == 198 && c == 51 && d == 100)
                || (a == 203 && c == 0 && d == 113);
        return reserved ? AddressClass.RESERVED : AddressClass.PUBLIC;
    }

    private static AddressClass classifyV6(byte[] b) {
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        if (zeros(b, 0, 15)) {
            int last = b[15] & 0xFF;
            return last == 0 ? AddressClass.UNSPECIFIED : last == 1 ? AddressClass.LOOPBACK : AddressClass.IPV4_IN_IPV6;
        }
        if (zeros(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
            return AddressClass.IPV4_IN_IPV6;
        }
        if (zeros(b, 0, 12)) {
            return AddressClass.IPV4_IN_IPV6;
        }
        if (first == 0xFF) {
            return AddressClass.MULTICAST;
        }
        if (first == 0xFE && (second & 0xC0) == 0x80) {
            return AddressClass.LINK_LOCAL;
        }
        if (first == 0xFE && (second & 0xC0) == 0xC0) {
            return AddressClass.PRIVATE;
        }
        if ((first & 0xFE) == 0xFC) {
            return AddressClass.UNIQUE_LOCAL;
        }
        return classifyGlobalV6(b, first, second);
    }

    private static AddressClass classifyGlobalV6(byte[] b, int first, int second) {
        int third = b[2] & 0xFF;
        int fourth = b[3] & 0xFF;
        // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) reach an IPv4 host: judge the host they reach.
        if (first == 0x00 && second == 0x64 && third == 0xFF && fourth == 0x9B) {
            return embedded(classifyV4(b, 12));
        }
        if (first == 0x20 && second == 0x02) {
            return embedded(classifyV4(b, 2));
        }
        boolean documentation = first == 0x20 && second == 0x01 && third == 0x0D && fourth == 0xB8;
        boolean discard = first == 0x01 && second == 0x00 && zeros(b, 2, 8);
        return documentation || discard ? AddressClass.RESERVED : AddressClass.PUBLIC;
    }

    private static AddressClass embedded(AddressClass inner) {
        return inner == AddressClass.PUBLIC ? AddressClass.PUBLIC : AddressClass.IPV4_IN_IPV6;
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
