package io.jdump.print;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * golden-fuzz.txt: packets of scapy's fuzz() over layer stacks (tools/fuzz-scapy.py) against
 * tcpdump, by {@link PacketPrinterGoldenTest}'s rules and its known-gaps.txt.
 */
class PacketPrinterFuzzGoldenTest {
  @TestFactory
  Stream<DynamicTest> printsFuzzedStacksAsTcpdumpDoes() throws IOException {
    return PacketPrinterGoldenTest.matrix("golden-fuzz.txt", true);
  }
}
