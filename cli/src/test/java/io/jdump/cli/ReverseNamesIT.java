package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names without -n as tcpdump gets them, against a real resolver: dnsmasq in a network and mount
 * namespace of its own (loopback only), serving PTR records with and without a matching A or
 * AAAA record, and a hosts file with names in UTF-8 and in Latin-1 bytes. tcpdump prints what
 * the PTR record says and the hosts file's bytes; so must jdump. And ports without
 * {@code /etc/services} (a bare container's case): tcpdump's getservent() finds no names.
 */
class ReverseNamesIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TempDir
  Path dir;

  @Test
  void namesAreTcpdumpsWithAResolverAndAHostsFile() throws Exception {
    Path hosts = dir.resolve("hosts");
    // 10.99.0.80's name in UTF-8, fd00:99::1's in Latin-1 bytes: tcpdump prints the bytes
    Files.write(hosts, ("127.0.0.1 localhost\n10.99.0.80 caf\u00c3\u00a9.example\n"
        + "fd00:99::1 \u00e9t\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("resolv.conf"), "nameserver 127.0.0.1\n");
    String script = String.join("\n",
        "set -e",
        "ip link set lo up",
        "dnsmasq --no-hosts --no-resolv --listen-address=127.0.0.1 --bind-interfaces --user=root"
            + " --pid-file=" + dir.resolve("dnsmasq.pid")
            + " --ptr-record=2.0.99.10.in-addr.arpa,ptr-only.example"
            + " --ptr-record=1.0.99.10.in-addr.arpa,both-ways.example"
            + " --host-record=both-ways.example,10.99.0.1"
            + " --ptr-record=2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.9.9.0.0.0.0.d.f.ip6.arpa,six.example",
        // a private copy of /etc, whatever /etc/resolv.conf is here (a file, a link, absent)
        "mkdir " + dir.resolve("etc"),
        "mount -t tmpfs tmpfs " + dir.resolve("etc"),
        "cp -a /etc/. " + dir.resolve("etc") + "/ || true",
        "rm -f " + dir.resolve("etc/resolv.conf") + " " + dir.resolve("etc/hosts"),
        "cp " + dir.resolve("resolv.conf") + " " + hosts + " " + dir.resolve("etc") + "/",
        "mount --bind " + dir.resolve("etc") + " /etc",
        "for f in http dns ipv6; do",
        "  tcpdump -r " + ROOT + "/samples/$f.pcap > " + dir + "/$f.t 2>/dev/null",
        "  " + ROOT + "/jdump -r " + ROOT + "/samples/$f.pcap > " + dir + "/$f.j 2>/dev/null",
        "done",
        "kill $(cat " + dir.resolve("dnsmasq.pid") + ")");
    Process p = new ProcessBuilder("unshare", "-m", "-n", "sh", "-c", script)
        .redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), log);
    for (String f : List.of("http", "dns", "ipv6")) {
      byte[] tcpdump = Files.readAllBytes(dir.resolve(f + ".t"));
      assertTrue(tcpdump.length > 0, f + ": tcpdump printed nothing");
      assertEquals(new String(tcpdump, StandardCharsets.ISO_8859_1),
          new String(Files.readAllBytes(dir.resolve(f + ".j")), StandardCharsets.ISO_8859_1), f);
    }
    String http = Files.readString(dir.resolve("http.t"), StandardCharsets.ISO_8859_1);
    assertTrue(http.contains("ptr-only.example") && http.contains("both-ways.example"), http);
  }

  @Test
  void portsAreNumbersWithoutAServicesFile() throws Exception {
    Files.writeString(dir.resolve("resolv.conf"), "nameserver 127.0.0.1\n");
    List<String> captures = List.of("samples/http.pcap", "samples/dns.pcap", "samples/ipv6.pcap",
        "cli/src/test/resources/print/captures/gen-seed2.pcap");
    var script = new StringBuilder(String.join("\n",
        "set -e",
        "ip link set lo up", // no resolver listens: each lookup is refused at once
        "mkdir " + dir.resolve("etc"),
        "mount -t tmpfs tmpfs " + dir.resolve("etc"),
        "cp -a /etc/. " + dir.resolve("etc") + "/ || true",
        "rm -f " + dir.resolve("etc/resolv.conf") + " " + dir.resolve("etc/services"),
        "cp " + dir.resolve("resolv.conf") + " " + dir.resolve("etc") + "/",
        "mount --bind " + dir.resolve("etc") + " /etc", ""));
    for (int i = 0; i < captures.size(); i++) {
      script.append("tcpdump -c 300 -r ").append(ROOT.resolve(captures.get(i))).append(" > ")
          .append(dir.resolve(i + ".t")).append(" 2>/dev/null\n");
      script.append(ROOT.resolve("jdump")).append(" -c 300 -r ").append(ROOT.resolve(captures.get(i)))
          .append(" > ").append(dir.resolve(i + ".j")).append(" 2>/dev/null\n");
    }
    Process p = new ProcessBuilder("unshare", "-m", "-n", "sh", "-c", script.toString())
        .redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), log);
    for (int i = 0; i < captures.size(); i++) {
      String tcpdump = Files.readString(dir.resolve(i + ".t"), StandardCharsets.ISO_8859_1);
      assertTrue(i == 2 || tcpdump.contains(".80 ") || tcpdump.contains(".53:"),
          captures.get(i) + ": " + tcpdump);
      assertEquals(tcpdump, Files.readString(dir.resolve(i + ".j"), StandardCharsets.ISO_8859_1),
          captures.get(i));
    }
  }
}
