package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --explain}: the written-out expression, then jdump's {@code -d} listing with
 * annotations, for -y's link type or -r's file, from the arguments or -F; refused expressions
 * get tcpdump's words and status, as with -d.
 */
class ExplainTest {
  private static final Pattern ANNOTATION = Pattern.compile(" +; \\S.*");

  @TempDir
  Path dir;

  @Test
  void explainWritesTheExpressionOutAndAnnotatesTheListingDPrints() {
    for (String[] c : new String[][] {{"EN10MB", "tcp port 80 or 443"}, {"LINUX_SLL", "udp port 53"},
        {"RAW", "src net 10 and not 11"}, {"EN10MB", "vlan 10 and host 10.0.0.1 or host 10.0.0.2"},
        {"NULL", "ip6 and udp"}}) {
      Outcome explain = Jdump.run("--explain", "-y", c[0], c[1]);
      Outcome d = Jdump.run("-d", "-y", c[0], c[1]);
      assertEquals(0, explain.status(), explain::toString);
      List<String> lines = explain.out().lines().toList();
      assertTrue(lines.get(0).startsWith("Expression: "), explain::toString);
      int program = lines.indexOf("Program:");
      List<String> listing = lines.subList(program + 1, lines.size());
      List<String> plain = d.out().lines().toList();
      assertEquals(plain.size(), listing.size(), explain::toString);
      for (int i = 0; i < plain.size(); i++) {
        String a = listing.get(i);
        assertTrue(a.equals(plain.get(i)) || (a.startsWith(plain.get(i))
            && ANNOTATION.matcher(a.substring(plain.get(i).length())).matches()), a);
      }
      assertEquals(d.errLines(), explain.errLines());
    }
  }

  @Test
  void explainSaysWhatItInfersAndWhatVlanReaches() {
    Outcome o = Jdump.run("--explain", "(vlan 10 and host 10.0.0.1) or host 10.0.0.2");
    String out = o.out();
    assertTrue(out.startsWith("Expression: (vlan 10 and host 10.0.0.1) or host 10.0.0.2\n"), out);
    assertTrue(out.contains("Note: vlan 10 moves the link-layer type and payload 4 bytes on"), out);
    assertTrue(out.contains("even across 'or': host 10.0.0.1, host 10.0.0.2\n"), out);
    assertTrue(out.contains("; vlan type = IPv4 (0x0800)\n"), out);
    assertEquals("Expression: (tcp port 80) or (tcp port 443)",
        Jdump.run("--explain", "tcp port 80 or 443").out().lines().findFirst().orElseThrow());
    assertEquals("Expression: host 10.0.0.1 or host 10.0.0.2",
        Jdump.run("--explain", "host 10.0.0.1 or 10.0.0.2").out().lines().findFirst().orElseThrow());
  }

  @Test
  void explainCompilesForTheFilesLinkTypeAndReadsFilterFiles() throws IOException {
    Path sample = Path.of("..", "samples", "any-sll.pcap");
    Path f = Files.writeString(dir.resolve("filter"), "udp # dns\n and port 53\n");
    Outcome o = Jdump.run("--explain", "-r", sample.toString(), "-F", f.toString());
    assertEquals(0, o.status(), o::toString);
    assertEquals(Jdump.run("-d", "-r", sample.toString(), "-F", f.toString()).errLines(), o.errLines());
    assertTrue(o.out().startsWith("Expression: udp and port 53\n"), o::toString);
    assertTrue(o.out().contains("; sll protocol = IPv4 (0x0800)"), o::toString);
  }

  @Test
  void explainShowsWhatTheScopingOptionsChange() {
    String expr = "(vlan 10 and host 10.0.0.1) or host 10.0.0.2";
    Outcome o = Jdump.run("--explain", "--scoped-encap", "--any-vlan", expr);
    assertEquals(0, o.status(), o::toString);
    assertTrue(o.out().contains("for the rest of its and-chain only (--scoped-encap): host 10.0.0.1\n"), o::toString);
    assertTrue(o.out().contains("--any-vlan: the expression names vlan itself"), o::toString);
    List<String> lines = o.out().lines().toList();
    List<String> listing = lines.subList(lines.indexOf("Program:") + 1, lines.size());
    List<String> plain = Jdump.run("-d", "--scoped-encap", "--any-vlan", expr).out().lines().toList();
    assertEquals(plain.size(), listing.size());
    for (int i = 0; i < plain.size(); i++) assertTrue(listing.get(i).startsWith(plain.get(i)), listing.get(i));
  }

  @Test
  void explainShowsWhyAnExpressionRejectsEveryPacket() {
    // libpcap issue 600: tcp[...] tests only IPv4, so after "ip6" they can never be reached.
    Outcome o = Jdump.run("--explain", "-O", "ip6 and tcp[13] & 2 != 0");
    assertEquals(0, o.status(), o::toString);
    assertTrue(o.out().contains("; ether type = IPv4 (0x0800) (never true here)\n"), o::toString);
    assertTrue(o.out().contains("ret      #262144                          ; never reached\n"), o::toString);
    assertEquals(1, Jdump.run("--explain", "ip6 and tcp[13] & 2 != 0").status());
  }

  @Test
  void aRefusedExpressionIsRefusedAsDRefusesIt() {
    for (String bad : List.of("host 10.1.2.3 and port", "ip6 and ip broadcast", "tcp and 80")) {
      Outcome explain = Jdump.run("--explain", bad);
      Outcome d = Jdump.run("-d", bad);
      assertEquals(d.status(), explain.status(), bad);
      assertEquals(1, explain.status(), bad);
      assertEquals(d.errLines(), explain.errLines(), bad);
      assertEquals("", explain.out(), bad);
    }
  }
}
