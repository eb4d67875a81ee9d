package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -E} against tcpdump 4.99.3 on seeded random ESP (print/tools/esp-scapy.py: 17 SAs,
 * AES in CBC, CTR, CFB, CFB8, OFB and ECB, 3DES, two-key EDE, DES, Blowfish in CBC and OFB,
 * RC4, ChaCha20; IPv4, IPv6 and UDP 4500; tunnel and transport mode; wrong keys, bad padding,
 * partial blocks, unknown SPIs, fragments, cut frames), standard output line for line, the
 * warnings and the exit status, under several flag sets and specs; and the spec errors tcpdump
 * stops on. OpenSSL 3 keeps DES, Blowfish and RC4 in its legacy provider, which tcpdump does
 * not load (it crashes on such an SA): the oracle runs with an OpenSSL configuration that
 * activates it, as a tcpdump user of those ciphers must.
 */
class EspDecryptionTest {
  private static final Path CAPTURES = Path.of("src/test/resources/print/captures");
  private static final Path CAPTURE = CAPTURES.resolve("scapy-esp.pcap");
  private static final Path SECRETS = CAPTURES.resolve("scapy-esp-secrets.txt");
  private static final List<String> FLAGS = List.of("", "-v", "-vv", "-x", "-e -X", "-q");

  @TempDir
  static Path dir;

  private static Map<String, String> legacyOpenssl() throws IOException {
    Path conf = dir.resolve("openssl-legacy.cnf");
    if (!Files.exists(conf)) {
      Files.writeString(conf, String.join("\n", "openssl_conf = openssl_init",
          "[openssl_init]", "providers = provider_sect", "[provider_sect]",
          "default = default_sect", "legacy = legacy_sect", "[default_sect]", "activate = 1",
          "[legacy_sect]", "activate = 1", ""));
    }
    return Map.of("OPENSSL_CONF", conf.toString());
  }

  private static List<String> secretLines() throws IOException {
    return Files.readAllLines(SECRETS).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }

  @TestFactory
  Stream<DynamicTest> decryptsAsTcpdumpDoes() throws IOException {
    List<String> lines = secretLines();
    // the file; the same SAs on the command line; one SA for every packet (most are then
    // decrypted with a wrong key or cipher); two SAs and a default
    List<String> specs = List.of("file " + SECRETS, String.join(",", lines),
        lines.get(0).substring(lines.get(0).indexOf(' ') + 1),
        lines.get(3) + "," + lines.get(10) + "\n" + lines.get(16).substring(lines.get(16).indexOf(' ') + 1));
    List<DynamicTest> tests = new ArrayList<>();
    for (int s = 0; s < specs.size(); s++) {
      String spec = specs.get(s);
      for (String flags : FLAGS) {
        List<String> args = new ArrayList<>(List.of("-#", "-n", "-r", CAPTURE.toString()));
        if (!flags.isEmpty()) args.addAll(List.of(flags.split(" ")));
        args.add("-E");
        args.add(spec);
        tests.add(DynamicTest.dynamicTest("spec " + s + " " + (flags.isEmpty() ? "-" : flags),
            () -> {
              SideBySide r = SideBySide.run(legacyOpenssl(), args.toArray(String[]::new));
              assertEquals(0, r.differing(), () -> r.differing() + " of " + r.total()
                  + " lines differ; first at " + r.first());
            }));
      }
    }
    return tests.stream();
  }

  /**
   * print/tools/coverage-misc.py's ESP (one AES-128-CBC key): what the decrypted packets carry,
   * ESP in ESP, IPv6 in IPv4, unknown next headers, pad lengths past the payload, cut inner
   * packets, auth lengths other than the SA's; by SA, by a default, by a default without auth;
   * and IKEv2 Encrypted payloads by ikev2 SAs (cov-misc-ikev2.pcap).
   */
  @TestFactory
  Stream<DynamicTest> decryptsNextHeadersAsTcpdumpDoes() {
    Path capture = CAPTURES.resolve("cov-misc-esp.pcap");
    String key = "0x000102030405060708090a0b0c0d0e0f";
    List<String> specs = List.of("0x1000@192.0.2.1 aes128-cbc-hmac96:" + key
        + ",0x2000@192.0.2.1 aes128:" + key + ",0x2000@10.0.0.2 aes128-cbc-hmac96:" + key
        + ",0x1000@2001:db8::2 aes128-cbc-hmac96:" + key + ",0x1000@10.0.0.2 aes128-cbc-hmac96:"
        + key, "aes128-cbc-hmac96:" + key, "aes128:" + key);
    List<DynamicTest> tests = new ArrayList<>();
    // IKEv2 Encrypted payloads (coverage-misc.py's cov-misc-ikev2.pcap) by ikev2 SAs
    String cookies = " 0x0011223344556677 0x8899aabbccddeeff ";
    Path ike = CAPTURES.resolve("cov-misc-ikev2.pcap");
    for (String spec : List.of("ikev2 I" + cookies + "sha1:0x00 aes128-cbc-hmac96:" + key
        + ",ikev2 R" + cookies + "md5:0x00 aes128:" + key, "ikev2 R" + cookies + "x aes128:" + key)) {
      for (String flags : List.of("-v", "-vvv -x")) {
        List<String> args = new ArrayList<>(List.of("-#", "-n", "-r", ike.toString()));
        args.addAll(List.of(flags.split(" ")));
        args.addAll(List.of("-E", spec));
        tests.add(DynamicTest.dynamicTest("ikev2 " + spec.length() + " " + flags, () -> {
          SideBySide r = SideBySide.run(args.toArray(String[]::new));
          assertEquals(0, r.differing(), () -> r.differing() + " of " + r.total()
              + " lines differ; first at " + r.first());
        }));
      }
    }
    for (int s = 0; s < specs.size(); s++) {
      for (String flags : List.of("", "-v", "-vvv -e -x")) {
        List<String> args = new ArrayList<>(List.of("-#", "-n", "-r", capture.toString()));
        if (!flags.isEmpty()) args.addAll(List.of(flags.split(" ")));
        args.addAll(List.of("-E", specs.get(s)));
        tests.add(DynamicTest.dynamicTest("next headers, spec " + s + " " + flags, () -> {
          SideBySide r = SideBySide.run(args.toArray(String[]::new));
          assertEquals(0, r.differing(), () -> r.differing() + " of " + r.total()
              + " lines differ; first at " + r.first());
        }));
      }
    }
    return tests.stream();
  }

  @Test
  void decryptsMostOfTheCapture() {
    Outcome o = Jdump.run("-n", "-r", CAPTURE.toString(), "-E", "file " + SECRETS);
    assertEquals(0, o.status());
    String out = new String(o.stdout(), StandardCharsets.ISO_8859_1);
    long decrypted = out.lines().filter(l -> l.matches(".*ESP\\(spi=0x[0-9a-f]+,seq=0x[0-9a-f]+\\), length \\d+: .*")).count();
    assertTrue(decrypted >= 250, "decrypted " + decrypted);
  }

  @Test
  void badSpecsGetTcpdumpsWordsAndStatus() throws IOException {
    Path cap = Path.of("/tmp/tdsrc/tcpdump-4.99.3/tests/02-sunrise-sunset-esp.pcap");
    String capture = Files.exists(cap) ? cap.toString() : CAPTURE.toString();
    Path crlf = dir.resolve("crlf-secrets.txt");
    Files.writeString(crlf, "# comment\r\n\r\n" + String.join("\r\n", secretLines()) + "\r\n");
    // lines fgets cuts at 1022 characters, a NUL ending a line, ikev2 lines, no last newline
    List<String> l = secretLines();
    Path odd = dir.resolve("odd-secrets.txt");
    Files.writeString(odd, l.get(0) + " ".repeat(1100) + "\n" + l.get(1) + "\n" + "x".repeat(2000)
        + l.get(2) + "\n" + l.get(4) + "\0junk\n\0\n \t\n\t" + l.get(5) + "  \n"
        + "ikev2 I 0x0011223344556677 0x8899aabbccddeeff aes128:0x00112233445566778899aabbccddeeff\n"
        + "ikev2 R 0x0011223344556677 0x8899aabbccddeeff\n"
        + "ikev2 Q 0x0011223344556677 0x8899aabbccddeeff aes128:0x00\n"
        + l.get(3) + " ".repeat(1022 - l.get(3).length()) + "\n" + l.get(6), StandardCharsets.ISO_8859_1);
    for (String spec : List.of("file " + dir.resolve("missing.txt"), "aes128:0x12zz",
        "0x1@1.2.3 aes128:0x12, x@1.2.3.4 aes128:0x00,foo, 5@1.2.3.4 aes128:0x"
            + "ab".repeat(300) + ",ikev2 I 0x00 0x11 a b,ikev2,ikev2 I 0x0011",
        "5@1.2.3.4 aes128:0x" + "ab".repeat(300), "cast128-cbc:0x00", "aes-128-cbc:k",
        "none:0x00", "3des:0x", "0x12345678@192.1.2.45 des-ede3-cbc:0x00,aes128:short",
        "file " + crlf, "file " + dir, "0x12345678@::ffff:192.1.2.45 aes128:x", "bf:x",
        // address and SPI forms, cipher names and ikev2 lines (found by coverage-misc work)
        "0x1003@2001:db8::0:2 3des:0x74066676cfb0b4eb8902c44269da1cf6ba66d3f8b6d4b100",
        "0x1003@1::2::3 3des:0x00", "0x1003@:2001:db8::2 3des:0x00", "0x1003@12345::1 3des:0x00",
        "0x1003@1:2:3:4:5:6:7:8:9 3des:0x00", "0x1003@1:2:3:4:5:6:1.2.3.4 3des:0x00",
        "0x1003@:: 3des:0x00", "-5@1.2.3.4 3des:0x00", "+5@1.2.3.4 3des:0x00",
        "010@1.2.3.4 3des:0x00", "0x@1.2.3.4 3des:0x00", "99999999999999999999999@1.2.3.4 3des:0x00",
        "0x1000@192.0.2.1", "0x1000@192.0.2.1 aes128", "0x1000@1.2.3.04 aes128:0x00",
        "0x1000@1.2.3.256 aes128:0x00", "0x1000@1.2.3 aes128:0x00", "0x1000@1..3.4 aes128:0x00",
        "AES128-CBC-HMAC96:0x4420823cfde6f1c26b30f90ec7dd01e4", "-hmac96:0x00", "-cbc:0x00",
        "aes128:0x0", "aes128:0xabc", "aes128:plain text secret with spaces", "rc2:0x00",
        "rc2-40-cbc:0x00", "rc2-64:0x00", "null:0x00", "aes128-gcm:0x00", "rc4-40:0x00", ",,",
        "ikev2 I 0x0011223344556677 0x0011223344556677 aes128:0x00",
        "ikev2 X 0x0011223344556677 0x0011223344556677 aes128:0x00",
        "ikev2 I 0x001122334455667 0x0011223344556677 aes128:0x00", "file " + odd,
        // an empty file name: fopen fails where Java's empty path is the working directory
        "file ", "0x1@1.2.3.4 aes128:0x00,file ,aes128:0x00", "file  ")) {
      SideBySide r = SideBySide.run(legacyOpenssl(), "-n", "-r", capture, "-c", "3", "-E", spec);
      assertEquals(0, r.differing(), () -> spec + ": " + r.first());
    }
  }
}
