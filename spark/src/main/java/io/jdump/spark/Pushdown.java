package io.jdump.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.sources.And;
import org.apache.spark.sql.sources.EqualTo;
import org.apache.spark.sql.sources.Filter;
import org.apache.spark.sql.sources.GreaterThan;
import org.apache.spark.sql.sources.GreaterThanOrEqual;
import org.apache.spark.sql.sources.In;
import org.apache.spark.sql.sources.LessThan;
import org.apache.spark.sql.sources.LessThanOrEqual;
import org.apache.spark.sql.sources.Not;
import org.apache.spark.sql.sources.Or;

/**
 * Translates Spark predicates on decoded columns into pcap-filter text: {@code src}/{@code dst}
 * (text or bytes), {@code sport}/{@code dport}, {@code protocol}, {@code ipVersion} and
 * {@code len}, under =, IN, <, <=, >, >=, AND, OR and NOT.
 *
 * <p>Each primitive reads the field where {@link FrameDecoder} reads it, so wherever a column is
 * not null the primitive agrees with it; where the column is null, the primitive may say
 * anything. By Kleene logic a predicate true on a row stays true whatever its null parts are
 * replaced with, so the expression keeps every row the predicate keeps; Spark still evaluates the
 * predicates on what is left. NOT needs an exact inside: an AND that dropped an untranslatable
 * part is wider than its predicate, and its negation would be narrower.
 *
 * <p>But a BPF program gives up on a packet (returns 0) at the first load past its captured
 * bytes, wherever that load is: a field cut off by the snap length is not "unknown" to the
 * filter but "drop the packet". That is what Spark does with a row whose AND has a null part, not
 * one whose OR has a null part beside a true one ({@code src = X OR dport = 53} on a frame cut
 * inside its UDP header). So an OR, and a NOT, is pushed only when it reads one column: a null
 * there makes the whole of it null for Spark too.
 *
 * <pre>{@code
 * Pushdown.Result r = Pushdown.translate(new EqualTo("dport", 53));   // "(dst port 53)"
 * }</pre>
 */
final class Pushdown {
  private Pushdown() {}

  /**
   * A translation: the text, whether it is exactly the predicate (rather than wider), and the
   * column it reads (null when several).
   */
  record Result(String text, boolean exact, String column) {
    static String same(Result a, Result b) {
      return a.column != null && a.column.equals(b.column) ? a.column : null;
    }
  }

  /** {@return the conjunction of what translates} or null when nothing does. */
  static String conjunction(Filter[] filters, List<Filter> pushed) {
    var parts = new ArrayList<String>();
    for (Filter f : filters) {
      Result r = translate(f);
      if (r != null) {
        parts.add(r.text());
        pushed.add(f);
      }
    }
    return parts.isEmpty() ? null : String.join(" and ", parts);
  }

  /** {@return the translation of {@code f}} or null when it has none. */
  static Result translate(Filter f) {
    if (f instanceof And a) {
      Result l = translate(a.left());
      Result r = translate(a.right());
      if (l == null) return r == null ? null : new Result(r.text(), false, r.column());
      if (r == null) return new Result(l.text(), false, l.column());
      return new Result("(" + l.text() + " and " + r.text() + ")", l.exact() && r.exact(), Result.same(l, r));
    }
    if (f instanceof Or o) {
      Result l = translate(o.left());
      Result r = translate(o.right());
      if (l == null || r == null || Result.same(l, r) == null) return null;
      return new Result("(" + l.text() + " or " + r.text() + ")", l.exact() && r.exact(), l.column());
    }
    if (f instanceof Not n) {
      Result c = translate(n.child());
      return c == null || !c.exact() || c.column() == null ? null
          : new Result("(not " + c.text() + ")", true, c.column());
    }
    if (f instanceof In in) {
      var parts = new ArrayList<String>();
      for (Object v : in.values()) {
        String t = compare(in.attribute(), "=", v);
        if (t == null) return null;
        parts.add(t);
      }
      return parts.isEmpty() ? null : new Result("(" + String.join(" or ", parts) + ")", true, column(in.attribute()));
    }
    String t = null;
    if (f instanceof EqualTo e) t = compare(e.attribute(), "=", e.value());
    else if (f instanceof LessThan e) t = compare(e.attribute(), "<", e.value());
    else if (f instanceof LessThanOrEqual e) t = compare(e.attribute(), "<=", e.value());
    else if (f instanceof GreaterThan e) t = compare(e.attribute(), ">", e.value());
    else if (f instanceof GreaterThanOrEqual e) t = compare(e.attribute(), ">=", e.value());
    return t == null ? null : new Result(t, true, column(attribute(f)));
  }

  private static String attribute(Filter f) {
    String[] refs = f.references();
    return refs.length == 1 ? refs[0] : null;
  }

  /** {@return the field a column shows} the text and the bytes of an address are one field. */
  private static String column(String name) {
    return name == null ? null : name.replace("Bytes", "");
  }

  private static String compare(String column, String op, Object value) {
    return switch (column) {
      case "src", "dst", "srcBytes", "dstBytes" -> op.equals("=") ? address(column, value) : null;
      case "sport", "dport" -> port(column.equals("sport") ? "src" : "dst", op, value);
      case "protocol" -> number(value, 0, 255, n -> "(ip[9] " + op + " " + n + " or ip6[6] " + op + " " + n + ")");
      case "len" -> number(value, 0, Integer.MAX_VALUE, n -> "(len " + op + " " + n + ")");
      case "ipVersion" -> !op.equals("=") ? null
          : value instanceof Number n && n.longValue() == 4 ? "(ip)"
          : value instanceof Number n && n.longValue() == 6 ? "(ip6)" : null;
      default -> null;
    };
  }

  private static String address(String column, Object value) {
    byte[] a = value instanceof byte[] bytes ? bytes
        : value instanceof String s ? Addresses.parse(s) : null;
    if (a == null || (a.length != 4 && a.length != 16)) return null;
    String dir = column.startsWith("src") ? "src" : "dst";
    return a.length == 4
        ? "(ip " + dir + " host " + Addresses.ipv4(a, 0) + ")"
        : "(ip6 " + dir + " host " + Addresses.ipv6(a, 0) + ")";
  }

  /** Ports as {@code portrange}s, which read the same bytes as {@code port}. */
  private static String port(String dir, String op, Object value) {
    if (!(value instanceof Number n) || n instanceof Double || n instanceof Float) return null;
    long v = n.longValue();
    long lo;
    long hi;
    switch (op) {
      case "=" -> { lo = v; hi = v; }
      case "<" -> { lo = 0; hi = v - 1; }
      case "<=" -> { lo = 0; hi = v; }
      case ">" -> { lo = v + 1; hi = 65535; }
      default -> { lo = v; hi = 65535; }
    }
    lo = Math.max(lo, 0);
    hi = Math.min(hi, 65535);
    if (lo > hi) return null;
    return lo == hi ? "(" + dir + " port " + lo + ")" : "(" + dir + " portrange " + lo + "-" + hi + ")";
  }

  private static String number(Object value, long min, long max, java.util.function.LongFunction<String> text) {
    if (!(value instanceof Number n) || n instanceof Double || n instanceof Float) return null;
    long v = n.longValue();
    if (v < min || v > max) return null;
    return text.apply(v);
  }
}
