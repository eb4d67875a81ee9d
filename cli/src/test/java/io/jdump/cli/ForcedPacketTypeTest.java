package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code -T type}: tcpdump 4.99's types are taken, any other name is refused in tcpdump's
 * words with its status. What each type prints is compared by PacketPrinterGoldenTest
 * (golden-types.txt).
 */
class ForcedPacketTypeTest {
  private static final List<String> TYPES = List.of("aodv", "carp", "cnfp", "domain", "lmp",
      "pgm", "pgm_zmtp1", "ptp", "radius", "resp", "rpc", "rtcp", "rtp", "snmp", "someip",
      "tftp", "vat", "vxlan", "wb", "zmtp1");

  @Test
  void takesTcpdumpsTypesAndRefusesOthersAsTcpdumpDoes() {
    var names = new java.util.ArrayList<>(TYPES);
    names.addAll(List.of("quic", "DOMAIN", "dns", "", "udt", "bfd", "vxlan-gpe"));
    for (String t : names) {
      String[] args = {"-n", "-c", "3", "-T", t, "-r", "../samples/dns.pcap"};
      Outcome jdump = Jdump.run(args);
      Outcome tcpdump = Tcpdump.run(args);
      assertEquals(tcpdump.status(), jdump.status(), t);
      assertEquals(tcpdump.errorsWithoutName("tcpdump"), jdump.errorsWithoutName("jdump"), t);
    }
  }
}
