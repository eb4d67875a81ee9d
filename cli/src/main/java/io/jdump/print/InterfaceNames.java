package io.jdump.print;

import java.io.IOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * Interface names by index, as {@code if_indextoname} gives tcpdump for Linux cooked v2 headers.
 * On Linux the names come from {@code /sys/class/net}, which lists interfaces that are down or
 * have no address too; {@link NetworkInterface} is the fallback elsewhere.
 */
final class InterfaceNames {
  private InterfaceNames() {}

  /** {@return this host's names for interface indexes, read once on first use} */
  static IntFunction<String> local() {
    return new IntFunction<>() {
      private Map<Integer, String> byIndex;
      // the last answer, so that a run of packets from one interface boxes nothing
      private int lastIndex = -1;
      private String lastName;

      @Override
      public String apply(int index) {
        if (index == lastIndex && lastName != null) return lastName.isEmpty() ? null : lastName;
        if (byIndex == null) byIndex = scan();
        // misses are cached too (as ""), so a stream of unknown indexes costs one lookup each
        lastIndex = index;
        lastName = byIndex.computeIfAbsent(index, InterfaceNames::lookup);
        return lastName.isEmpty() ? null : lastName;
      }
    };
  }

  private static String lookup(int index) {
    if (index < 0) return "";
    try {
      NetworkInterface ni = NetworkInterface.getByIndex(index);
      return ni == null ? "" : ni.getName();
    } catch (SocketException e) {
      return "";
    }
  }

  private static Map<Integer, String> scan() {
    Map<Integer, String> m = new HashMap<>();
    Path dir = Path.of("/sys/class/net");
    if (!Files.isDirectory(dir)) return m;
    try (Stream<Path> s = Files.list(dir)) {
      s.forEach(p -> {
        try {
          int idx = Integer.parseInt(Files.readString(p.resolve("ifindex")).trim());
          m.put(idx, p.getFileName().toString());
        } catch (IOException | NumberFormatException e) {
          // an interface that vanished while listing: skip it
        }
      });
    } catch (IOException e) {
      return m;
    }
    return m;
  }
}
