package io.jdump.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Interpreter;
import io.jdump.bpf.oracle.Libpcap;
import io.jdump.filter.opt.SameMeaning;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code --any-vlan} against libpcap. The rule: on Ethernet, a frame whose type field is not
 * a VLAN TPID is judged by libpcap's {@code E}; under one tag by {@code vlan and (E)}; under
 * two or more by {@code vlan and vlan and (E)}; a frame cut before the type field it needs
 * (byte 14, or byte 18 under a tag) is rejected. An expression that names {@code vlan}
 * compiles to libpcap's program unchanged. Random expressions (those of
 * {@link RandomExpressionDifferentialTest}, fixed seed) over tagged, QinQ, triple-tagged,
 * MPLS and PPPoE frames, whole and cut short.
 */
class AnyVlanDifferentialTest {
  private static final Pattern VLAN = Pattern.compile("\\bvlan\\b");

  private static Interpreter libpcap(Libpcap lib, String e) throws Exception {
    return Interpreter.of(lib.compile(e, 1, 262144, false));
  }

  @Test
  void verdictIsLibpcapsAtTheFramesOwnTagDepth() throws Exception {
    Libpcap lib = Libpcap.load();
    CompileOptions any = CompileOptions.LIBPCAP.withAnyVlan(true);
    List<byte[]> frames = EncapFrames.corpus(300, 41, 0, true);
    Random r = new Random(Long.getLong("seed", 1126));
    Random random = new Random(1127);
    List<String> failures = new ArrayList<>();
    int exprs = 0;
    int namingVlan = 0;
    int refused = 0;
    long runs = 0;
    long taggedMatches = 0;
    long unlikeOrOfThree = 0;
    for (int i = 0; i < 1200 && failures.size() < 10; i++) {
      String e = RandomExpressionDifferentialTest.expr(r, 0);
      Interpreter[] depth = new Interpreter[3];
      String wantError = null;
      try {
        depth[0] = libpcap(lib, e);
        depth[1] = libpcap(lib, "vlan and (" + e + ")");
        depth[2] = libpcap(lib, "vlan and vlan and (" + e + ")");
      } catch (Libpcap.CompileError ex) {
        if (depth[0] == null) wantError = ex.getMessage();
      }
      boolean names = VLAN.matcher(e).find();
      if (wantError != null || (!names && depth[2] == null)) {
        refused++;
        if (wantError != null) {
          try {
            FilterCompiler.compile(e, 1, 262144, false, any);
            failures.add("[" + e + "] libpcap refuses: " + wantError);
          } catch (FilterException ex) {
            if (!ex.getMessage().equals(wantError)) {
              failures.add("[" + e + "] libpcap: " + wantError + " / jdump: " + ex.getMessage());
            }
          }
        }
        continue;
      }
      exprs++;
      BpfProgram got = FilterCompiler.compile(e, 1, 262144, false, any);
      if (names) {
        namingVlan++;
        assertEquals(FilterCompiler.compile(e, 1, 262144, false), got, e);
        continue;
      }
      Interpreter plain = Interpreter.of(got);
      Interpreter opt;
      try {
        opt = Interpreter.of(FilterCompiler.compile(e, 1, 262144, true, any));
      } catch (FilterException ex) {
        opt = null;
      }
      for (byte[] f : frames) {
        runs++;
        int caplen = f.length;
        boolean want;
        int d = Math.min(2, EncapFrames.tags(f, caplen));
        if (caplen < 14 || d > 0 && caplen < 18) want = false;
        else want = depth[d].apply(f, 0, caplen, caplen) != 0;
        boolean g = plain.apply(f, 0, caplen, caplen) != 0;
        // The optimized program keeps the unoptimized one's meaning as SameMeaning defines it
        // (like libpcap's optimizer, it may accept a cut frame every longer frame would pass).
        String optWhy = opt == null ? (g ? "optimized refused" : null)
            : SameMeaning.violation(plain, opt, f, caplen, random);
        if (g != want || optWhy != null) {
          failures.add("[" + e + "] want " + want + " got " + g + (optWhy == null ? ""
              : " optimized: " + optWhy) + " on " + java.util.HexFormat.of().formatHex(f));
          break;
        }
        if (want && d > 0) taggedMatches++;
        boolean orOfThree = false;
        for (Interpreter k : depth) orOfThree |= k.apply(f, 0, caplen, caplen) != 0;
        if (orOfThree != want) unlikeOrOfThree++;
      }
    }
    System.out.printf("any-vlan: %d expressions (%d name vlan: libpcap's program), %d refused"
        + " (same message), %d verdicts, %d tagged frames matched, %d verdicts unlike OR(E,"
        + " vlan and E, vlan and vlan and E), %d failures%n", exprs, namingVlan, refused, runs,
        taggedMatches, unlikeOrOfThree, failures.size());
    if (!failures.isEmpty()) fail(String.join("\n", failures));
    assertTrue(exprs > 500 && taggedMatches > 10000, "the test must exercise tagged frames");
  }

  @Test
  void portMatchesTaggedFramesAndNotPortRejectsThem() throws Exception {
    CompileOptions any = CompileOptions.LIBPCAP.withAnyVlan(true);
    Interpreter port = Interpreter.of(FilterCompiler.compile("tcp port 80", 1, 262144, true, any));
    Interpreter notPort = Interpreter.of(FilterCompiler.compile("not tcp port 80", 1, 262144, true, any));
    byte[] ip = new byte[40];
    ip[0] = 0x45;
    ip[3] = 40;
    ip[9] = 6;
    ip[22] = 0;
    ip[23] = 80;
    byte[] untagged = Packets.cat(new byte[12], EncapFrames.u16(0x800), ip);
    byte[] tagged = Packets.cat(new byte[12], EncapFrames.u16(0x8100), EncapFrames.u16(10),
        EncapFrames.u16(0x800), ip);
    byte[] qinq = Packets.cat(new byte[12], EncapFrames.u16(0x88a8), EncapFrames.u16(10),
        EncapFrames.u16(0x8100), EncapFrames.u16(20), EncapFrames.u16(0x800), ip);
    for (byte[] f : List.of(untagged, tagged, qinq)) {
      assertTrue(port.apply(f, 0, f.length, f.length) != 0);
      assertEquals(0, notPort.apply(f, 0, f.length, f.length));
    }
  }

  @Test
  void otherLinkTypesAreUnchanged() throws Exception {
    CompileOptions any = CompileOptions.LIBPCAP.withAnyVlan(true);
    for (int dlt : new int[] {113, 276, 12, 0, 9}) {
      assertEquals(FilterCompiler.compile("tcp port 80", dlt, 262144, true),
          FilterCompiler.compile("tcp port 80", dlt, 262144, true, any));
    }
  }
}
