package io.jdump.print;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * golden-wan.txt: the WAN link types' generated captures (tools/wan-links.py: Frame Relay, MFR,
 * SLIP, ATM, Juniper) against tcpdump, by {@link PacketPrinterGoldenTest}'s rules.
 */
class PacketPrinterWanGoldenTest {
  @TestFactory
  Stream<DynamicTest> printsWanLinkTypesAsTcpdumpDoes() throws IOException {
    return PacketPrinterGoldenTest.matrix("golden-wan.txt", true);
  }
}
