package io.jdump.filter.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.LinkType;
import io.jdump.bpf.Listing;
import io.jdump.filter.CompileOptions;
import io.jdump.filter.FilterCompiler;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The notes under the expression: what vlan, mpls and pppoes reach (everything parsed after
 * them with libpcap's meaning; their own and-chain with --scoped-encap) and what --any-vlan
 * and --ip6-transport change; the listing is the program compiled with the same options.
 */
class ExplainNotesTest {
  private static final int EN10MB = LinkType.EN10MB.dlt();
  private static final CompileOptions SCOPED = CompileOptions.LIBPCAP.withScopedEncap(true);

  private static String reach(String expr, CompileOptions o) throws Exception {
    List<String> notes = Explain.explain(expr, EN10MB, 262144, true, o).notes();
    return String.join("\n", notes.stream().map(n -> n.substring(n.lastIndexOf(": ") + 2)).toList());
  }

  @Test
  void anEncapsulationReachesEverythingAfterItWithLibpcapsMeaning() throws Exception {
    assertEquals("host 10.0.0.1, host 10.0.0.2",
        reach("(vlan 10 and host 10.0.0.1) or host 10.0.0.2", CompileOptions.LIBPCAP));
    assertEquals("tcp", reach("not vlan and tcp", CompileOptions.LIBPCAP));
    assertEquals("mpls 20, ip\nip", reach("mpls 10 and mpls 20 and ip", CompileOptions.LIBPCAP));
    assertEquals("port 80", reach("vlan and ether host 00:11:22:33:44:55 and len > 100 and port 80",
        CompileOptions.LIBPCAP));
    assertEquals("none here", reach("tcp or vlan", CompileOptions.LIBPCAP));
  }

  @Test
  void withScopedEncapAnEncapsulationReachesTheRestOfItsAndChain() throws Exception {
    assertEquals("host 10.0.0.1", reach("(vlan 10 and host 10.0.0.1) or host 10.0.0.2", SCOPED));
    assertEquals("none here", reach("not vlan and tcp", SCOPED));
    assertEquals("tcp, udp", reach("vlan and (tcp or udp)", SCOPED));
    assertEquals("pppoes 3, udp\nudp\nnone here", reach("(pppoes and pppoes 3 and udp) or (vlan or tcp)", SCOPED));
  }

  @Test
  void theOptionsSayWhatTheyChangeAndTheListingIsTheirProgram() throws Exception {
    CompileOptions all = new CompileOptions(true, true, true);
    for (String expr : List.of("tcp port 80 and tcp[13] & 2 != 0", "vlan 10 and udp", "icmp")) {
      Explanation e = Explain.explain(expr, EN10MB, 262144, true, all);
      String joined = String.join("\n", e.notes());
      assertTrue(joined.contains(expr.startsWith("vlan") ? "--any-vlan: the expression names vlan itself"
          : "--any-vlan: read at the frame's own tag depth"), joined);
      assertTrue(joined.contains("--ip6-transport: "), joined);
      String plain = Listing.format(FilterCompiler.compile(expr, EN10MB, 262144, true, all),
          io.jdump.bpf.ListingFormat.D);
      String stripped = String.join("\n", e.listing().stream()
          .map(l -> l.replaceFirst(" +; \\S.*$", "")).toList()) + "\n";
      assertEquals(plain, stripped, expr);
    }
    assertTrue(String.join("\n", Explain.explain("tcp port 80 and tcp[13] & 2 != 0", EN10MB, 262144,
        true, all).notes()).endsWith("extension headers: tcp port 80, tcp[13] & 2 != 0"));
  }
}
