package io.jdump.filter.gen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.jdump.bpf.BpfProgram;
import io.jdump.filter.CompileOptions;
import io.jdump.filter.FilterCompiler;
import io.jdump.filter.FilterException;
import io.jdump.filter.NameFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names from files of the test's own, with what libpcap 1.10.3 and glibc 2.36 did with the
 * same lines (tried in a bookworm root with these files bind-mounted over /etc): which lines
 * count, which words a refusal has, what a name compiles to.
 */
class NamesTest {
  @TempDir Path dir;

  private static final String SERVICES = String.join("\n",
      "onlysctp\t9999/sctp",
      "onlyudp 7777/udp  ualias",
      "split 100/tcp",
      "split 101/udp",
      "  spaced\t\t 55/tcp   # comment",
      "bad 12x/tcp",
      "bad 13/tcp",
      "hash#x 14/tcp",
      "big 70000/tcp",
      "");

  private static final String HOSTS = String.join("\n",
      "10.1.2.3 MyHost myalias",
      "::2 myhost",
      "10.1.2.3 myhost",
      "0x0a.1 octhost",
      "127.1 shorthost",
      "fe80::1%eth0 scoped",
      "::ffff:1.2.3.4 mapped",
      "");

  private NameFiles files() throws IOException {
    Files.writeString(dir.resolve("services"), SERVICES);
    Files.writeString(dir.resolve("hosts"), HOSTS);
    Files.writeString(dir.resolve("ethers"), "2:0:0:0:0:1 box\n02:00:00:00:00:02 Box2\n");
    Files.writeString(dir.resolve("protocols"), "# no tcp here\nmine 99 MINE\n");
    return NameFiles.under(dir);
  }

  private BpfProgram compile(String e, NameFiles f) throws FilterException {
    return FilterCompiler.compile(e, 1, 262144, true, CompileOptions.LIBPCAP.withNames(f));
  }

  private String error(String e, NameFiles f) {
    try {
      compile(e, f);
      return "compiled";
    } catch (FilterException x) {
      return x.getMessage();
    }
  }

  @Test
  void missingFilesKnowNoNamesButTheKeywordsNeedNone() throws Exception {
    NameFiles none = NameFiles.under(dir.resolve("absent"));
    assertEquals("unknown ip proto 'tcp'", error("ip proto \\tcp", none));
    assertEquals("unknown ip proto 'udp'", error("ip6 proto \\udp", none));
    assertEquals("unknown port 'domain'", error("port domain", none));
    assertEquals("unknown port in range 'ftp-http'", error("portrange ftp-http", none));
    assertEquals("unknown ether host 'box'", error("ether host box", none));
    assertEquals("unknown network 'loopback'", error("net loopback", none));
    assertEquals("compiled", error("tcp port 53 or udp or icmp", none));
    assertEquals("compiled", error("portrange 20-21", none));
  }

  @Test
  void servicesAsGetservbyname() throws Exception {
    NameFiles f = files();
    NameFiles sys = NameFiles.SYSTEM;
    // libpcap 1.10 asks for tcp and udp only.
    assertEquals("unknown port 'onlysctp'", error("port onlysctp", f));
    assertEquals(compile("udp port 7777", sys), compile("port onlyudp", f));
    assertEquals(compile("udp port 7777", sys), compile("port ualias", f));
    assertEquals("port 'onlyudp' is udp", error("tcp port onlyudp", f));
    // tcp wins when the numbers differ.
    assertEquals(compile("tcp port 100", sys), compile("port split", f));
    assertEquals("port 'split' is tcp", error("udp port split", f));
    assertEquals("port 'split' is tcp", error("sctp port split", f));
    assertEquals(compile("tcp port 55", sys), compile("port spaced", f));
    // A number running into letters spoils its line; '#' starts a comment mid-word.
    assertEquals(compile("tcp port 13", sys), compile("port bad", f));
    assertEquals("unknown port 'hash'", error("port hash", f));
    // The C library keeps 16 bits of a port, from the file and from a decimal name alike.
    assertEquals(compile("tcp port 4464", sys), compile("port big", f));
    assertEquals(compile("portrange 100-34463", sys), compile("portrange 99999-split", f));
    // Two numbers are sscanf's, not getaddrinfo's: no cut.
    assertEquals("illegal port number 99999 > 65535", error("portrange 99999-80", f));
    assertEquals("unknown port 'SPLIT'", error("port SPLIT", f));
  }

  @Test
  void protocolsAsGetprotobyname() throws Exception {
    NameFiles f = files();
    assertEquals(compile("ip proto 99", NameFiles.SYSTEM), compile("ip proto \\MINE", f));
    assertEquals("unknown ip proto 'Mine'", error("ip proto \\Mine", f));
    assertEquals("unknown ip proto 'tcp'", error("proto \\tcp", f));
  }

  @Test
  void ethersInAnyCase() throws Exception {
    NameFiles f = files();
    assertEquals(compile("ether host 02:00:00:00:00:01", f), compile("ether host BOX", f));
    assertEquals(compile("ether host 02:00:00:00:00:02", f), compile("ether host box2", f));
  }

  @Test
  void hostsFileLinesAsGlibcReadsThem() throws Exception {
    byte[] ula = new byte[16];
    ula[0] = (byte) 0xfd;
    ula[15] = 2;
    Names n = new Names(files(), name -> List.of(), dest -> dest.length == 4 ? dest : ula);
    List<byte[]> my = n.hosts("MYHOST");
    // Every line, any case, a repeated address twice; from a ULA source (fd00::2) ::2's label
    // differs from its source's, so the IPv4 ones come first: as libpcap's program had them.
    assertEquals(3, my.size());
    assertArrayEquals(new byte[] {10, 1, 2, 3}, my.get(0));
    assertArrayEquals(new byte[] {10, 1, 2, 3}, my.get(1));
    assertEquals(16, my.get(2).length);
    assertEquals(List.of(), n.hosts("octhost"));
    assertEquals(List.of(), n.hosts("shorthost"));
    assertEquals(List.of(), n.hosts("scoped"));
    assertEquals(16, n.hosts("mapped").get(0).length);
    assertEquals(List.of(), n.hosts("localhost"));
  }

  @Test
  void getaddrinfoOrderWithRoutes() {
    byte[] v4 = {127, 0, 0, 1};
    byte[] v6 = new byte[16];
    v6[15] = 1;
    HostOrder both = new HostOrder(dest -> dest);
    assertArrayEquals(v6, both.sort(List.of(v4, v6)).get(0));
    HostOrder noV6 = new HostOrder(dest -> dest.length == 4 ? dest : null);
    assertArrayEquals(v4, noV6.sort(List.of(v6, v4)).get(0));
  }

  @Test
  void dnsIsAskedOnlyWhenTheFileHasNoLine() throws Exception {
    byte[] answer = {(byte) 192, 0, 2, 7};
    Names n = new Names(files(), name -> List.of(answer), dest -> dest);
    assertArrayEquals(answer, n.hosts("elsewhere").get(0));
    assertArrayEquals(new byte[] {10, 1, 2, 3}, n.hosts("myalias").get(0));
    assertNull(n.ether("nobox"));
  }
}
