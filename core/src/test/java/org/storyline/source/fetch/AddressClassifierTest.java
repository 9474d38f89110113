package org.storyline.source.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressClassifierTest {

    @ParameterizedTest
    @CsvSource({
            "93.184.216.34, PUBLIC", "8.8.8.8, PUBLIC", "2606:4700::1111, PUBLIC",
            "127.0.0.1, LOOPBACK", "127.255.0.9, LOOPBACK", "::1, LOOPBACK",
            "10.1.2.3, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.255, PRIVATE", "192.168.1.1, PRIVATE",
            "172.32.0.1, PUBLIC", "fec0::1, PRIVATE",
            "169.254.169.254, LINK_LOCAL", "fe80::1, LINK_LOCAL",
            "100.64.0.1, SHARED_CGNAT", "100.127.255.254, SHARED_CGNAT", "100.128.0.1, PUBLIC",
            "fc00::1, UNIQUE_LOCAL", "fd12:3456::1, UNIQUE_LOCAL",
            "224.0.0.1, MULTICAST", "239.255.255.250, MULTICAST", "ff02::1, MULTICAST",
            "0.0.0.0, UNSPECIFIED", "0.1.2.3, UNSPECIFIED", "::, UNSPECIFIED",
            "255.255.255.255, RESERVED", "240.0.0.1, RESERVED", "192.0.2.1, RESERVED", "198.18.0.1, RESERVED",
            "2001:db8::1, RESERVED",
            "::7f00:1, IPV4_IN_IPV6", "64:ff9b::a00:1, IPV4_IN_IPV6", "64:ff9b::808:808, PUBLIC",
            "2002:7f00:1::, IPV4_IN_IPV6", "2002:808:808::, PUBLIC"
    })
    void classifiesByTheAddressBytes(String address, AddressClass expected) throws UnknownHostException {
        assertThat(AddressClassifier.classify(InetAddress.getByName(address))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"[::ffff:127.0.0.1]", "[::ffff:8.8.8.8]", "[::ffff:a9fe:a9fe]"})
    void ipv4MappedLiteralsAreTheirOwnClassEvenWhenJavaUnwrapsThem(String literal) throws UnknownHostException {
        InetAddress parsed = InetAddress.getByName(literal);
        assertThat(AddressClassifier.classifyLiteral(literal, parsed)).isEqualTo(AddressClass.IPV4_IN_IPV6);
    }
}
