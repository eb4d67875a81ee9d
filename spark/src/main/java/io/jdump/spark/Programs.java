package io.jdump.spark;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Engine;
import io.jdump.bpf.Insn;
import io.jdump.bpf.InvalidProgramException;
import io.jdump.bpf.PacketFilter;
import io.jdump.filter.FilterCompiler;
import io.jdump.filter.FilterException;
import io.jdump.filter.Savefile;
import java.io.Serializable;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * The filter programs of a query, one per link type: compiled on the driver for the link types
 * of the files' heads, carried to the tasks as instructions, and turned into JIT classes there.
 * A link type the driver did not see (a later pcapng interface) is compiled by the task.
 *
 * <pre>{@code
 * Programs p = Programs.compile("tcp port 80", null, options, Set.of(1));
 * PacketFilter f = p.filter(1, Savefile.LITTLE_ENDIAN);   // null: keep every packet
 * }</pre>
 *
 * @param filter    the user's expression (blank: none)
 * @param pushed    the pushed predicates' expression, or null
 * @param options   the reader's options
 * @param compiled  {@link #key} of a DLT and a file's byte order to {code, jt, jf, k}
 *                  quadruples of the program for {@link #expression()}: libpcap compiles for
 *                  a savefile, whose byte order NULL's and ENC's address family follows
 * @param pushedOk  DLTs for which the pushed part compiled (where it did not, Spark's own
 *                  evaluation of the predicates is all there is)
 */
record Programs(String filter, String pushed, PcapOptions options, Map<Integer, int[]> compiled,
    Map<Integer, Boolean> pushedOk) implements Serializable {

  /**
   * Compiles the expression for each DLT.
   *
   * @throws IllegalArgumentException with the CLI's words when the user's filter does not compile
   */
  static Programs compile(String filter, String pushed, PcapOptions options, Iterable<Integer> dlts) {
    var compiled = new HashMap<Integer, int[]>();
    var ok = new HashMap<Integer, Boolean>();
    var p = new Programs(filter, pushed, options, compiled, ok);
    for (int dlt : dlts) p.compileFor(dlt, Savefile.of(ByteOrder.nativeOrder()));
    return p;
  }

  /** {@return the expression run by the JIT} the pushed part first, so that a {@code vlan} in the filter does not shift it. */
  String expression() {
    boolean f = filter != null && !filter.isBlank();
    if (pushed == null) return f ? filter : "";
    return f ? pushed + " and (" + filter + ")" : pushed;
  }

  private static int key(int dlt, Savefile file) {
    return dlt << 2 | file.ordinal();
  }

  private int[] compileFor(int dlt, Savefile file) {
    var meanings = options.meanings().withSavefile(file);
    boolean f = filter != null && !filter.isBlank();
    if (!f && pushed == null) return null;
    BpfProgram program;
    try {
      program = FilterCompiler.compile(expression(), dlt, options.snaplen(), true, 0, meanings);
      pushedOk.put(dlt, pushed != null);
    } catch (FilterException e) {
      // The pushed part may not compile for a link type (no IP on it); the filter alone must.
      try {
        program = FilterCompiler.compile(f ? filter : "", dlt, options.snaplen(), true, 0, meanings);
        pushedOk.put(dlt, false);
      } catch (FilterException e2) {
        throw new IllegalArgumentException(e2.getMessage(), e2);
      }
      if (pushed == null) throw new IllegalArgumentException(e.getMessage(), e);
    }
    int[] code = new int[program.length() * 4];
    for (int i = 0; i < program.length(); i++) {
      Insn in = program.get(i);
      code[4 * i] = in.code();
      code[4 * i + 1] = in.jt();
      code[4 * i + 2] = in.jf();
      code[4 * i + 3] = in.k();
    }
    compiled.put(key(dlt, file), code);
    return code;
  }

  /**
   * {@return the JIT's filter for a DLT in a file of that byte order} or null when every packet
   * is kept.
   */
  PacketFilter filter(int dlt, Savefile file) {
    int k = key(dlt, file);
    int[] code = compiled.containsKey(k) ? compiled.get(k) : compileFor(dlt, file);
    if (code == null) return null;
    var insns = new ArrayList<Insn>(code.length / 4);
    for (int i = 0; i < code.length; i += 4) insns.add(new Insn(code[i], code[i + 1], code[i + 2], code[i + 3]));
    try {
      return Engine.JIT.filter(new BpfProgram(insns));
    } catch (InvalidProgramException e) {
      throw new IllegalStateException("the compiler made an invalid program: " + e.getMessage(), e);
    }
  }
}
