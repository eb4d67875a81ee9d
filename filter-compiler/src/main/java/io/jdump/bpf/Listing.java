package io.jdump.bpf;

import java.util.ArrayList;
import java.util.List;

/**
 * tcpdump's program dumps, byte for byte, and the reader of the {@code -ddd} form.
 *
 * <ul>
 *   <li>{@code -d}: one line per instruction as libpcap's {@code bpf_image} writes it,
 *       {@code (000) ldh      [12]}; conditional jumps add {@code jt N\tjf M} with absolute
 *       targets, {@code ja} prints its absolute target, and an opcode libpcap has no name for
 *       prints as {@code unimp    0xNN}.
 *   <li>{@code -dd}: a C array initialiser, {@code { 0x28, 0, 0, 0x0000000c },}.
 *   <li>{@code -ddd}: the instruction count, then {@code code jt jf k} in decimal per line.
 * </ul>
 *
 * <pre>{@code
 * String d = Listing.format(program, ListingFormat.D);
 * BpfProgram back = Listing.parseDdd(Listing.format(program, ListingFormat.DDD));
 * }</pre>
 */
public final class Listing {
  private Listing() {}

  /**
   * {@return the program as tcpdump prints it with -d, -dd or -ddd}, each line ending in a newline.
   *
   * @param program the program
   * @param format  {@code -d}, {@code -dd} or {@code -ddd}
   */
  public static String format(BpfProgram program, ListingFormat format) {
    var out = new StringBuilder(program.length() * 40);
    if (format == ListingFormat.DDD) out.append(program.length()).append('\n');
    for (int pc = 0; pc < program.length(); pc++) {
      Insn insn = program.get(pc);
      switch (format) {
        case D -> out.append(Image.of(insn, pc));
        case DD -> out.append("{ 0x").append(Integer.toHexString(insn.code())).append(", ")
            .append(insn.jt()).append(", ").append(insn.jf()).append(", 0x")
            .append(hex8(insn.k())).append(" },");
        case DDD -> out.append(insn.code()).append(' ').append(insn.jt()).append(' ')
            .append(insn.jf()).append(' ').append(Integer.toUnsignedString(insn.k()));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** {@return k as C's %08x} By hand: String.format is slow in a cold JVM, per line. */
  private static String hex8(int k) {
    String h = Integer.toHexString(k);
    return "00000000".substring(h.length()) + h;
  }

  /**
   * {@return one instruction as libpcap's {@code bpf_image} renders it at pc}, without a newline.
   *
   * @param insn the instruction
   * @param pc   its index, for the jump targets
   */
  public static String image(Insn insn, int pc) {
    return Image.of(insn, pc);
  }

  /**
   * {@return the program a {@code tcpdump -ddd} listing holds} The first line is the count, then
   * one {@code code jt jf k} line per instruction. Blank lines and surrounding blanks are
   * ignored; commas may separate records instead of newlines, as iptables' {@code --bytecode}
   * writes them. The program is not validated.
   *
   * @throws InvalidProgramException naming the line that does not parse
   * @param text the {@code -ddd} output: a count line, then one instruction per line
   */
  public static BpfProgram parseDdd(String text) throws InvalidProgramException {
    List<long[]> records = new ArrayList<>();
    List<Integer> lineOf = new ArrayList<>();
    List<String> lines = lines(text);
    for (int i = 0; i < lines.size(); i++) {
      for (String record : lines.get(i).split(",", -1)) {
        String r = record.strip();
        if (r.isEmpty()) continue;
        records.add(numbers(r, i + 1));
        lineOf.add(i + 1);
      }
    }
    if (records.isEmpty()) throw new InvalidProgramException("line 1: empty listing: expected the instruction count");
    long[] head = records.get(0);
    if (head.length != 1) {
      throw new InvalidProgramException("line " + lineOf.get(0) + ": expected the instruction count, found "
          + head.length + " numbers");
    }
    int n = records.size() - 1;
    if (head[0] != n) {
      int line = n > head[0] ? lineOf.get((int) head[0] + 1) : lineOf.get(n);
      throw new InvalidProgramException("line " + line + ": the count says " + head[0]
          + " instructions, the listing has " + n);
    }
    List<Insn> insns = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) insns.add(insn(records.get(i), lineOf.get(i)));
    return new BpfProgram(insns);
  }

  /**
   * The text's lines, split at "\n" or "\r\n" as {@code split("\r?\n", -1)} would: by hand,
   * because java.util.regex's first use starts the JDK's lambda machinery, a few milliseconds
   * of a cold {@code jdump --bpf-file}.
   */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int nl; (nl = text.indexOf('\n', start)) >= 0; start = nl + 1) {
      int end = nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
      lines.add(text.substring(start, end));
    }
    lines.add(text.substring(start));
    return lines;
  }

  /** Regex's {@code \s}: the separators {@code split("\\s+")} splits a record at. */
  private static boolean blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  /** A stripped record's numbers, separated by runs of {@link #blank} characters. */
  private static long[] numbers(String record, int line) throws InvalidProgramException {
    List<String> fields = new ArrayList<>();
    int i = 0;
    int n = record.length();
    while (i < n) {
      int start = i;
      while (i < n && !blank(record.charAt(i))) i++;
      if (i > start || start == 0) fields.add(record.substring(start, i));
      while (i < n && blank(record.charAt(i))) i++;
    }
    long[] values = new long[fields.size()];
    for (int k = 0; k < values.length; k++) {
      try {
        values[k] = Long.parseLong(fields.get(k));
      } catch (NumberFormatException e) {
        throw new InvalidProgramException("line " + line + ": not a decimal number: " + fields.get(k));
      }
    }
    return values;
  }

  private static Insn insn(long[] v, int line) throws InvalidProgramException {
    if (v.length != 4) {
      throw new InvalidProgramException("line " + line + ": expected 4 numbers (code jt jf k), found " + v.length);
    }
    check(v[0], 0xffff, "code", line);
    check(v[1], 0xff, "jt", line);
    check(v[2], 0xff, "jf", line);
    check(v[3], 0xffffffffL, "k", line);
    return new Insn((int) v[0], (int) v[1], (int) v[2], (int) v[3]);
  }

  private static void check(long value, long max, String field, int line) throws InvalidProgramException {
    if (value < 0 || value > max) {
      throw new InvalidProgramException("line " + line + ": " + field + " " + value + " is out of range (0 to " + max + ")");
    }
  }
}
