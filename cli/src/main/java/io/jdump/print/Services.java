package io.jdump.print;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * TCP and UDP port names from {@code /etc/services}, as tcpdump's {@code tcpport_string} and
 * {@code udpport_string} print them without {@code -n}: the first line naming a port wins.
 * When the file is missing or unreadable there are no names, and ports print as numbers, as
 * tcpdump's getservent() then finds none (a bare container has no {@code /etc/services}).
 *
 * <pre>{@code
 * Services s = Services.load(Path.of("/etc/services"));
 * s.tcp(80);   // "http"
 * }</pre>
 */
final class Services {
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

  /** {@return the names in file, or none when it cannot be read} */
  static Services load(Path file) {
    try {
      return new Services(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      return new Services(List.of());
    }
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
