package io.jdump.print;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * TCP and UDP port names from {@code /etc/services}, as tcpdump's {@code tcpport_string} and
 * {@code udpport_string} print them without {@code -n}: the first line naming a port wins.
 * When the file is missing, a built-in table of the common well-known ports stands in.
 *
 * <pre>{@code
 * Services s = Services.load(Path.of("/etc/services"));
 * s.tcp(80);   // "http"
 * }</pre>
 */
final class Services {
  /** Used when there is no services file: IANA's names for the ports most often seen. */
  private static final String BUILT_IN = """
      ftp-data 20/tcp
      ftp 21/tcp
      ssh 22/tcp
      telnet 23/tcp
      smtp 25/tcp
      domain 53/tcp
      domain 53/udp
      bootps 67/udp
      bootpc 68/udp
      tftp 69/udp
      http 80/tcp
      kerberos 88/tcp
      kerberos 88/udp
      pop3 110/tcp
      sunrpc 111/tcp
      sunrpc 111/udp
      auth 113/tcp
      nntp 119/tcp
      ntp 123/udp
      epmap 135/tcp
      netbios-ns 137/udp
      netbios-dgm 138/udp
      netbios-ssn 139/tcp
      imap2 143/tcp
      snmp 161/udp
      snmp-trap 162/udp
      bgp 179/tcp
      ldap 389/tcp
      https 443/tcp
      https 443/udp
      microsoft-ds 445/tcp
      isakmp 500/udp
      syslog 514/udp
      submission 587/tcp
      ldaps 636/tcp
      imaps 993/tcp
      pop3s 995/tcp
      openvpn 1194/tcp
      openvpn 1194/udp
      ms-sql-s 1433/tcp
      l2f 1701/udp
      radius 1812/udp
      radius-acct 1813/udp
      nfs 2049/tcp
      nfs 2049/udp
      mysql 3306/tcp
      ms-wbt-server 3389/tcp
      mdns 5353/udp
      postgresql 5432/tcp
      x11 6000/tcp
      http-alt 8080/tcp
      """;

  private final String[] tcp = new String[65536];
  private final String[] udp = new String[65536];

  private Services(List<String> lines) {
    for (String line : lines) {
      int hash = line.indexOf('#');
      String[] w = (hash < 0 ? line : line.substring(0, hash)).trim().split("\\s+");
      if (w.length < 2) continue;
      int slash = w[1].indexOf('/');
      if (slash <= 0) continue;
      int port;
      try {
        port = Integer.parseInt(w[1].substring(0, slash));
      } catch (NumberFormatException e) {
        continue;
      }
      if (port < 0 || port > 65535) continue;
      String proto = w[1].substring(slash + 1);
      String[] table = proto.equals("tcp") ? tcp : proto.equals("udp") ? udp : null;
      if (table != null && table[port] == null) table[port] = w[0];
    }
  }

  /** {@return the names in file, or the built-in table when it cannot be read} */
  static Services load(Path file) {
    try {
      return new Services(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      return builtIn();
    }
  }

  /** {@return the built-in table} */
  static Services builtIn() {
    return new Services(BUILT_IN.lines().toList());
  }

  /** {@return the name of TCP port p, or null} */
  String tcp(int p) {
    return tcp[p & 0xffff];
  }

  /** {@return the name of UDP port p, or null} */
  String udp(int p) {
    return udp[p & 0xffff];
  }
}
