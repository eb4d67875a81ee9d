package io.jdump.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdump.bpf.oracle.Libpcap;
import org.junit.jupiter.api.Test;

/**
 * pcap_open_dead takes DLT numbers, not the LINKTYPE numbers of capture files: 101 (raw IP
 * in files) is refused as an unknown data link type, as are numbers libpcap does not know,
 * even for the empty expression. Link types libpcap knows compile the empty expression.
 */
class LinkTypeNumbersTest {
  private static String outcome(Libpcap libpcap, String e, int dlt) {
    try {
      return libpcap.compile(e, dlt, 262144, false).length() + " insns";
    } catch (Libpcap.CompileError ex) {
      return ex.getMessage();
    }
  }

  private static String outcome(String e, int dlt) {
    try {
      return FilterCompiler.compile(e, dlt, 262144, false).length() + " insns";
    } catch (FilterException ex) {
      return ex.getMessage();
    }
  }

  @Test
  void dltNumbersAreTakenAsLibpcapTakesThem() {
    Libpcap libpcap = Libpcap.load();
    for (int dlt : new int[] {2, 14, 101, 102, 290, 300, 7, 105, 117, 127, 147, 0, 1, 12, 228}) {
      assertEquals(outcome(libpcap, "", dlt), outcome("", dlt), "DLT " + dlt);
    }
    for (int dlt : new int[] {2, 14, 101, 300}) {
      assertEquals(outcome(libpcap, "ip", dlt), outcome("ip", dlt), "DLT " + dlt);
    }
  }
}
