package io.jdump.print;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * golden-app.txt: the application protocols' generated captures (tools/app-scapy.py) against
 * tcpdump, by {@link PacketPrinterGoldenTest}'s rules and its known-gaps.txt.
 */
class PacketPrinterAppGoldenTest {
  @TestFactory
  Stream<DynamicTest> printsApplicationProtocolsAsTcpdumpDoes() throws IOException {
    return PacketPrinterGoldenTest.matrix("golden-app.txt", true);
  }
}
