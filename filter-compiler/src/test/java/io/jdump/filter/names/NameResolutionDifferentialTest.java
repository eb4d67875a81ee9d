package io.jdump.filter.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.LinkType;
import io.jdump.bpf.ListingFormat;
import io.jdump.bpf.Listing;
import io.jdump.bpf.oracle.Libpcap;
import io.jdump.filter.FilterCompiler;
import io.jdump.filter.FilterException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Names resolve as libpcap resolves them on this machine: every name and alias of this
 * machine's /etc/services, /etc/protocols, /etc/hosts, /etc/networks and /etc/ethers (and
 * names none of them has, and the names in other case) in each primitive that looks names
 * up, compiled by jdump and by libpcap's pcap_compile: the same program, or the same error
 * message. Whatever those files hold, or if they are missing, the two must agree.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NameResolutionDifferentialTest {
  private static final long SEED = 0x6e616d65L; // "name"
  private static final int RANGES = 400;
  private static final List<LinkType> LINK_TYPES = List.of(LinkType.EN10MB, LinkType.RAW,
      LinkType.LINUX_SLL);
  /** Names no file should hold; the DNS ones under .invalid, which never resolves (RFC 6761). */
  private static final List<String> UNKNOWN = List.of("nosuchname", "no-such-name",
      "nosuch.invalid", "x");

  private Libpcap libpcap;
  private List<String> services;
  private List<String> protocols;
  private List<String> hosts;

  @BeforeAll
  void load() {
    libpcap = Libpcap.load();
    services = EtcNames.names("/etc/services", 0, 2);
    protocols = EtcNames.names("/etc/protocols", 0, 2);
    hosts = EtcNames.names("/etc/hosts", 1, 2);
  }

  @TestFactory
  Stream<DynamicTest> sameProgramOrSameError() {
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(DynamicTest.dynamicTest("ports", () -> compare(portExpressions())));
    tests.add(DynamicTest.dynamicTest("port ranges", () -> compare(rangeExpressions())));
    tests.add(DynamicTest.dynamicTest("protocols", () -> compare(protocolExpressions())));
    tests.add(DynamicTest.dynamicTest("hosts", () -> compare(hostExpressions())));
    return tests.stream();
  }

  private Set<String> portExpressions() {
    Set<String> out = new LinkedHashSet<>();
    for (String n : withUnknown(services)) {
      for (String q : List.of("", "tcp ", "udp ", "sctp ", "src ", "tcp dst ", "ip6 udp ")) {
        out.add(q + "port " + n);
      }
    }
    return out;
  }

  private Set<String> rangeExpressions() {
    Set<String> out = new LinkedHashSet<>();
    List<String> names = withUnknown(services);
    // Numbers past 16 bits and numbers beside names: getaddrinfo and sscanf's readings.
    List<String> numbers = List.of("0", "80", "65535", "65536", "99999", "1-2");
    SplittableRandom rng = new SplittableRandom(SEED);
    for (String n : names) out.add("portrange " + n + "-" + names.get(rng.nextInt(names.size())));
    for (int i = 0; i < RANGES; i++) {
      String a = rng.nextInt(4) == 0 ? numbers.get(rng.nextInt(numbers.size()))
          : names.get(rng.nextInt(names.size()));
      String b = rng.nextInt(4) == 0 ? numbers.get(rng.nextInt(numbers.size()))
          : names.get(rng.nextInt(names.size()));
      String q = List.of("", "tcp ", "udp ", "sctp ").get(rng.nextInt(4));
      out.add(q + "portrange " + a + "-" + b);
    }
    return out;
  }

  private Set<String> protocolExpressions() {
    Set<String> out = new LinkedHashSet<>();
    for (String n : withUnknown(protocols)) {
      // The backslash makes keywords (tcp, udp, icmp...) names, to be looked up.
      for (String q : List.of("ip proto \\", "ip6 proto \\", "proto \\")) out.add(q + n);
    }
    // protochain programs are long: every name once.
    for (String n : withUnknown(protocols)) out.add("ip protochain \\" + n);
    return out;
  }

  private Set<String> hostExpressions() {
    Set<String> out = new LinkedHashSet<>();
    List<String> names = withUnknown(hosts);
    names.add("localhost");
    for (String n : names) {
      for (String q : List.of("", "ip ", "ip6 ", "src ", "arp ", "dst host ")) {
        out.add(q + (q.endsWith("host ") ? "" : "host ") + n);
      }
      out.add("ether host " + n);
    }
    for (String n : EtcNames.names("/etc/networks", 0, 2)) out.add("net " + n);
    for (String n : EtcNames.names("/etc/ethers", 1, 2)) out.add("ether host " + n);
    out.add("net nosuchnet");
    return out;
  }

  /** The names, the unknown ones, and each name in upper case (lookups are case-sensitive). */
  private static List<String> withUnknown(List<String> names) {
    Set<String> out = new LinkedHashSet<>(names);
    out.addAll(UNKNOWN);
    for (String n : names) out.add(n.toUpperCase(java.util.Locale.ROOT));
    return new ArrayList<>(out);
  }

  private void compare(Set<String> exprs) {
    List<String> differ = new ArrayList<>();
    int programs = 0;
    int errors = 0;
    for (LinkType t : LINK_TYPES) {
      for (String e : exprs) {
        for (boolean optimize : new boolean[] {true, false}) {
          String theirs = libpcapSays(e, t.dlt(), optimize);
          String ours = jdumpSays(e, t.dlt(), optimize);
          if (theirs.equals(ours)) {
            if (theirs.startsWith("error: ")) errors++;
            else programs++;
          } else {
            differ.add("-y " + t.name() + (optimize ? "" : " -O") + " '" + e + "': libpcap "
                + firstLine(theirs) + ", jdump " + firstLine(ours));
          }
        }
      }
    }
    System.out.printf("names: %d expressions, %d compilations: %d same program, %d same error,"
        + " %d differ%n", exprs.size(), programs + errors + differ.size(), programs, errors,
        differ.size());
    differ.stream().limit(40).forEach(d -> System.out.println("  differs: " + d));
    assertTrue(programs > 0, "no expression compiled: /etc/services or /etc/protocols missing?"
        + " (./run-tests installs netbase)");
    assertEquals(List.of(), differ.stream().limit(20).toList());
  }

  private String libpcapSays(String e, int dlt, boolean optimize) {
    try {
      return listing(libpcap.compile(e, dlt, 262144, optimize));
    } catch (Libpcap.CompileError x) {
      return "error: " + x.getMessage();
    }
  }

  private static String jdumpSays(String e, int dlt, boolean optimize) {
    try {
      return listing(FilterCompiler.compile(e, dlt, 262144, optimize));
    } catch (FilterException x) {
      return "error: " + x.getMessage();
    }
  }

  private static String listing(BpfProgram p) {
    return Listing.format(p, ListingFormat.D);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl) + " ...(" + s.split("\n").length + " lines)";
  }
}
