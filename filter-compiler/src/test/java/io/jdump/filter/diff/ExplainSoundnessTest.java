package io.jdump.filter.diff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import io.jdump.bpf.LinkType;
import io.jdump.bpf.oracle.Libpcap;
import io.jdump.filter.FilterCompiler;
import io.jdump.filter.FilterException;
import io.jdump.filter.explain.Annotator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annotator's words are true of real packets. The harness's packet corpus (VLAN stacks,
 * MPLS, PPPoE, IPv6 extension headers, IPv4 options, ...) is written to a pcap per link type
 * and decoded by tshark (the oracle); each program (jdump's and libpcap's, for the bench
 * filters and part of the diff corpus) runs over every whole frame in a tracing VM. Where an
 * executed load or mask is annotated with a field tshark decodes ({@code tcp dst port},
 * {@code vlan id}, {@code ip proto}, ...), the value read must be one tshark shows for that
 * frame; an instruction annotated "never reached" must never run, and a test marked
 * "never true here" (or "always true here") must never go the other way.
 */
class ExplainSoundnessTest {
  private static final Libpcap LIBPCAP = Libpcap.load();

  /** Annotation text (after the protocol) to tshark field, for each protocol prefix. */
  private static final Map<String, String> FIELDS = Map.ofEntries(
      Map.entry("ether type", "eth.type"), Map.entry("ip proto", "ip.proto"),
      Map.entry("ip src", "ip.src"), Map.entry("ip dst", "ip.dst"),
      Map.entry("ip total length", "ip.len"), Map.entry("IPv4 header length", "ip.hdr_len"),
      Map.entry("ip6 next header", "ipv6.nxt"),
      Map.entry("ip6 fragment next header", "ipv6.fraghdr.nxt"),
      Map.entry("tcp src port", "tcp.srcport"), Map.entry("tcp dst port", "tcp.dstport"),
      Map.entry("udp src port", "udp.srcport"), Map.entry("udp dst port", "udp.dstport"),
      Map.entry("sctp src port", "sctp.srcport"), Map.entry("sctp dst port", "sctp.dstport"),
      Map.entry("tcp flags", "tcp.flags"), Map.entry("icmp type", "icmp.type"),
      Map.entry("icmp6 type", "icmpv6.type"), Map.entry("arp opcode", "arp.opcode"),
      Map.entry("arp sender ip", "arp.src.proto_ipv4"),
      Map.entry("arp target ip", "arp.dst.proto_ipv4"), Map.entry("vlan type", "vlan.etype"),
      Map.entry("vlan id", "vlan.id"), Map.entry("sll protocol", "sll.etype"),
      Map.entry("sll2 protocol", "sll.etype"), Map.entry("sll packet type", "sll.pkttype"),
      Map.entry("sll2 packet type", "sll.pkttype"), Map.entry("ppp protocol", "ppp.protocol"),
      Map.entry("pppoe ppp protocol", "ppp.protocol"), Map.entry("hdlc protocol", "chdlc.protocol"),
      Map.entry("mpls label", "mpls.label"), Map.entry("mpls bottom of stack", "mpls.bottom"),
      Map.entry("pppoe session id", "pppoe.session_id"), Map.entry("llc dsap", "llc.dsap"),
      Map.entry("geneve vni", "geneve.vni"), Map.entry("geneve protocol", "geneve.proto_type"));

  private static final List<String> TSHARK_FIELDS = List.copyOf(new TreeSet<>(FIELDS.values()));

  private static final List<LinkType> TYPES = List.of(LinkType.EN10MB, LinkType.LINUX_SLL,
      LinkType.LINUX_SLL2, LinkType.RAW, LinkType.IPV4, LinkType.IPV6, LinkType.NULL,
      LinkType.LOOP, LinkType.PPP, LinkType.C_HDLC);

  @TempDir
  Path dir;

  @Test
  void annotationsAreTrueOfThePacketsTsharkDecodes() throws Exception {
    List<String> exprs = new ArrayList<>(ExpressionFiles.lines("../explain/bench-filters.txt"));
    List<String> corpus = ExpressionFiles.lines("expressions.txt");
    for (int i = 0; i < corpus.size(); i += 8) exprs.add(corpus.get(i));
    long checked = 0;
    long undecoded = 0;
    long decided = 0;
    List<String> failures = new ArrayList<>();
    for (LinkType t : TYPES) {
      PacketCorpus packets = PacketCorpus.build(t, 0x5e1fL);
      List<Integer> whole = new ArrayList<>();
      for (int i = 0; i < packets.size(); i++) {
        // Every other whole frame: the corpus repeats its shapes, and the machine is shared.
        if (packets.isCut(i) || packets.caplen(i) == 0 || i % 2 == 1) continue;
        // libpcap's PPP header is ff 03 and the protocol (RFC 1662 framing); tshark also reads
        // frames without the address and control bytes, where libpcap and the annotations
        // still take bytes 2-3 as the protocol.
        if (t == LinkType.PPP && (packets.caplen(i) < 2
            || (packets.data()[packets.offset(i)] & 0xff) != 0xff
            || (packets.data()[packets.offset(i) + 1] & 0xff) != 0x03)) {
          continue;
        }
        // DLT_IPV4 and DLT_IPV6 name the version, and filters read every frame as that one;
        // tshark goes by the version nibble (an IPv6 packet on DLT_IPV4 shows the ip fields of
        // whatever IPv4 it tunnels). Frames of the other version are left to the harness.
        if ((t == LinkType.IPV4 || t == LinkType.IPV6) && packets.caplen(i) > 0
            && (packets.data()[packets.offset(i)] & 0xf0) != (t == LinkType.IPV4 ? 0x40 : 0x60)) {
          continue;
        }
        whole.add(i);
      }
      List<Map<String, Set<Long>>> decoded = tshark(t, packets, whole);
      for (String expr : exprs) {
        for (BpfProgram p : programs(expr, t)) {
          List<String> notes = Annotator.annotate(p, t.dlt());
          for (int w = 0; w < whole.size(); w++) {
            int i = whole.get(w);
            Map<String, Set<Long>> fields = decoded.get(w);
            long[] counts = new long[3];
            TracingVm.run(p, packets.data(), packets.offset(i), packets.caplen(i),
                packets.wirelen(i), (pc, value) -> {
                  String note = notes.get(pc);
                  if (note == null) return;
                  Insn insn = p.get(pc);
                  String where = t + " '" + expr + "' pc " + pc + " frame " + i + ": " + note;
                  if (note.equals("never reached")) {
                    failures.add(where + " ran");
                    return;
                  }
                  if ((insn.code() & 0x07) == Bpf.JMP) {
                    boolean never = note.endsWith("(never true here)");
                    boolean always = note.endsWith("(always true here)");
                    if ((never && value == 1) || (always && value == 0)) failures.add(where + " went the other way");
                    if (never || always) counts[2]++;
                    return;
                  }
                  long v = value;
                  if ((insn.code() & 0x07) == Bpf.ALU) {
                    if ((insn.code() & 0xf0) != Bpf.AND || insn.k() == 0) return;
                    v = value >>> Integer.numberOfTrailingZeros(insn.k());
                  }
                  Set<Long> shown = shown(note, fields);
                  if (shown == null) return;
                  // An 802.3 length: tshark shows the LLC/SNAP type as eth.type, or none.
                  if (note.endsWith("type") && note.startsWith("ether") && v <= 1500) return;
                  // An odd first byte is PPP's compressed 1-byte protocol to tshark (RFC 1661).
                  if (note.equals("ppp protocol") && (v >> 8 & 1) == 1) return;
                  // tshark decodes 802.1ad and 0x9100 tags apart from 802.1Q ones: vlan
                  // fields are compared on frames with one 802.1Q tag only.
                  if (note.startsWith("vlan ") && !singleDot1q(t, packets, i)) return;
                  if (shown.isEmpty()) {
                    counts[1]++;
                  } else {
                    counts[0]++;
                    if (!shown.contains(v)) failures.add(where + " read " + v + ", tshark shows " + shown);
                  }
                });
            checked += counts[0];
            undecoded += counts[1];
            decided += counts[2];
          }
        }
      }
    }
    System.out.printf("ExplainSoundnessTest: %d field reads equal to tshark's decoding, %d where tshark"
        + " decoded no such field, %d decided tests held%n", checked, undecoded, decided);
    assertTrue(failures.isEmpty(), failures.size() + " wrong:\n"
        + String.join("\n", failures.stream().map(f -> f.replaceAll("frame \\d+", "frame N")).distinct().limit(40).toList()));
    assertTrue(checked > 1_000_000, "only " + checked + " reads checked");
  }

  private static boolean singleDot1q(LinkType t, PacketCorpus packets, int i) {
    if (t != LinkType.EN10MB || packets.caplen(i) < 18) return false;
    byte[] d = packets.data();
    int at = packets.offset(i);
    int outer = (d[at + 12] & 0xff) << 8 | (d[at + 13] & 0xff);
    int inner = (d[at + 16] & 0xff) << 8 | (d[at + 17] & 0xff);
    return outer == 0x8100 && inner != 0x8100 && inner != 0x88a8 && inner != 0x9100;
  }

  private static List<BpfProgram> programs(String expr, LinkType t) {
    List<BpfProgram> out = new ArrayList<>();
    try {
      out.add(FilterCompiler.compile(expr, t.dlt(), 262144, true));
    } catch (FilterException e) {
      // refused for this link type
    }
    try {
      out.add(LIBPCAP.compile(expr, t.dlt(), 262144, true));
      out.add(LIBPCAP.compile(expr, t.dlt(), 262144, false));
    } catch (Libpcap.CompileError e) {
      // refused for this link type
    }
    return out;
  }

  /**
   * {@return the values tshark shows for the field a note names ("tcp/udp src port" takes
   * either protocol's), empty when it decoded none, null when the note names no field here}
   */
  private static Set<Long> shown(String note, Map<String, Set<Long>> fields) {
    String name = note.contains(" = ") || note.contains(" & ") || note.contains(" or ") ? null : note;
    if (name == null) return null;
    // A field past geneve: tshark lists every occurrence, outer and inner, and the value read
    // must be one of them, where tshark decoded the Geneve header at all (it leaves a first
    // fragment's payload alone, and takes UDP from a well-known source port for that port's).
    if (name.startsWith("inner ")) {
      if (!fields.containsKey("geneve.proto_type")) return null;
      name = name.substring("inner ".length());
    }
    int space = name.indexOf(' ');
    if (space < 0) return null;
    Set<Long> out = new TreeSet<>();
    boolean known = false;
    for (String proto : name.substring(0, space).split("/")) {
      String field = FIELDS.get(proto + name.substring(space));
      if (field == null) field = FIELDS.get(name);
      if (field == null) continue;
      known = true;
      out.addAll(fields.getOrDefault(field, Set.of()));
    }
    if (!known) return null;
    if (name.equals("tcp flags")) {
      Set<Long> low = new TreeSet<>();
      for (long v : out) low.add(v & 0xff);
      return low;
    }
    return out;
  }

  /** {@return tshark's values of the fields, per frame} after writing the frames to a pcap. */
  private List<Map<String, Set<Long>>> tshark(LinkType t, PacketCorpus packets, List<Integer> whole)
      throws IOException, InterruptedException {
    Path pcap = dir.resolve(t.name() + ".pcap");
    var out = new ByteArrayOutputStream();
    ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    h.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
        .putInt(262144).putInt(t.linkType());
    out.write(h.array());
    for (int i : whole) {
      ByteBuffer r = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
      r.putInt(1).putInt(0).putInt(packets.caplen(i)).putInt(packets.wirelen(i));
      out.write(r.array());
      out.write(packets.data(), packets.offset(i), packets.caplen(i));
    }
    Files.write(pcap, out.toByteArray());
    List<String> cmd = new ArrayList<>(List.of("tshark", "-n", "-r", pcap.toString(), "-T", "fields",
        "-E", "separator=;", "-E", "occurrence=a", "-E", "aggregator=,"));
    for (String f : TSHARK_FIELDS) {
      cmd.add("-e");
      cmd.add(f);
    }
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) throw new IOException("tshark failed on " + pcap);
    List<Map<String, Set<Long>>> frames = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (frames.size() == whole.size()) break;
      String[] cols = line.split(";", -1);
      Map<String, Set<Long>> m = new HashMap<>();
      for (int c = 0; c < TSHARK_FIELDS.size() && c < cols.length; c++) {
        Set<Long> vs = new TreeSet<>();
        for (String v : cols[c].split(",")) {
          Long n = number(v.strip());
          if (n != null) vs.add(n);
        }
        if (!vs.isEmpty()) m.put(TSHARK_FIELDS.get(c), vs);
      }
      frames.add(m);
    }
    if (frames.size() != whole.size()) throw new IOException("tshark printed " + frames.size() + " frames");
    return frames;
  }

  private static Long number(String v) {
    if (v.isEmpty()) return null;
    try {
      if (v.indexOf('.') > 0) {
        long a = 0;
        for (String part : v.split("\\.")) a = a << 8 | Integer.parseInt(part);
        return a;
      }
      return Long.decode(v);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
