package io.jdump.print;

import io.jdump.capture.zone.LocalZone;

/** Turns a tcpdump flag string ("-e -vv -XX") into options, for the golden tests. */
final class TcpdumpFlags {
  private TcpdumpFlags() {}

  /**
   * {@code tz}: a TZ value, read as tcpdump's C library reads it (with this process's TZDIR);
   * null for the zone the command finds, as with no zone given.
   */
  static PrintOptions parse(String flags, String tz) {
    PrintOptions o = PrintOptions.defaults()
        .withZone(tz == null ? null : LocalZone.of(tz, System.getenv("TZDIR")));
    int t = 0, x = 0, bigX = 0, a = 0, v = 0;
    String[] words = flags.trim().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty()) continue;
      if (w.equals("-T")) {
        o = o.withPacketType(PacketType.named(words[++i]));
        continue;
      }
      if (w.equals("-M")) {
        o = o.withTcpSecret(words[++i]);
        continue;
      }
      if (w.equals("--nano")) {
        o = o.withNanoPrecision(true);
        continue;
      }
      if (!w.startsWith("-")) throw new IllegalArgumentException(w);
      for (char c : w.substring(1).toCharArray()) {
        switch (c) {
          case 't' -> t++;
          case 'x' -> x++;
          case 'X' -> bigX++;
          case 'A' -> a++;
          case 'v' -> v++;
          case 'e' -> o = o.withLinkHeader(true);
          case 'H' -> o = o.withMeshHeaders(true);
          case 'q' -> o = o.withQuiet(o.quietFlags() + 1);
          case 'S' -> o = o.withAbsoluteSequence(true);
          case 'K' -> o = o.withNoChecksum(true);
          case '#' -> o = o.withNumber(true);
          case 'n' -> o = o.withNumeric(true);
          case 'N' -> o = o.withStripDomain(true);
          case 'b' -> o = o.withAsdot(true);
          case 'u' -> o = o.withRawNfsHandles(true);
          default -> throw new IllegalArgumentException("flag " + c);
        }
      }
    }
    return o.withTimestamps(TimestampStyle.forTFlags(t)).withVerbosity(v)
        .withDump(DumpStyle.forFlags(x, bigX, a));
  }

  /** {@return the tcpdump arguments for the flags} (--nano becomes its long option) */
  static String[] tcpdumpArgs(String flags) {
    return flags.trim().isEmpty() ? new String[0]
        : flags.trim().replace("--nano", "--time-stamp-precision=nano").split("\\s+");
  }
}
