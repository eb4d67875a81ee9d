package io.jdump.spark;

import io.jdump.filter.CompileOptions;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * The reader's options, as {@code spark.read.format("pcap").option(...)} gives them (names in
 * any case): the filter and its meanings, the snap length it is compiled with, and whether
 * corrupt files stop the query.
 *
 * <pre>{@code
 * PcapOptions o = PcapOptions.of(Map.of("filter", "tcp port 80", "anyVlan", "true"));
 * }</pre>
 *
 * @param filter             a pcap-filter expression; blank keeps every packet
 * @param scopedEncap        jdump's {@code --scoped-encap}
 * @param anyVlan            jdump's {@code --any-vlan}; decoded IP fields are read under tags too
 * @param ip6Transport       jdump's {@code --ip6-transport}
 * @param snaplen            the snap length the filter is compiled with (262144 by default)
 * @param ignoreCorruptFiles a corrupt file ends its own split quietly instead of failing the query
 * @param pushdown           false keeps every predicate with Spark (to compare, or to measure)
 */
public record PcapOptions(String filter, boolean scopedEncap, boolean anyVlan,
    boolean ip6Transport, int snaplen, boolean ignoreCorruptFiles, boolean pushdown)
    implements Serializable {
  /** {@return the options in a case-insensitive map} unknown keys are Spark's own (path, ...). */
  public static PcapOptions of(Map<String, String> options) {
    var lower = new java.util.HashMap<String, String>();
    options.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
    return new PcapOptions(lower.getOrDefault("filter", ""),
        flag(lower, "scopedencap"), flag(lower, "anyvlan"), flag(lower, "ip6transport"),
        snaplen(lower.get("snaplen")), flag(lower, "ignorecorruptfiles"),
        !"false".equalsIgnoreCase(lower.getOrDefault("pushdown", "true")));
  }

  private static boolean flag(Map<String, String> m, String key) {
    String v = m.get(key);
    if (v == null) return false;
    if (v.equalsIgnoreCase("true")) return true;
    if (v.equalsIgnoreCase("false")) return false;
    throw new IllegalArgumentException("pcap option " + key + ": '" + v + "' is not true or false");
  }

  private static int snaplen(String v) {
    if (v == null) return 262144;
    try {
      int n = Integer.parseInt(v.trim());
      if (n < 0) throw new NumberFormatException();
      return n == 0 ? 262144 : n; // tcpdump: -s 0 means the default
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("invalid snaplen " + v);
    }
  }

  /** {@return the compiler's options} */
  public CompileOptions meanings() {
    return new CompileOptions(scopedEncap, anyVlan, ip6Transport);
  }
}
