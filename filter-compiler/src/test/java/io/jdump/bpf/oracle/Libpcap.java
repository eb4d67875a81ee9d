package io.jdump.bpf.oracle;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import java.util.ArrayList;
import java.util.List;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;

/**
 * The test oracle: the installed libpcap's own compiler ({@code pcap_compile}) and interpreter
 * ({@code bpf_filter}), called through jnr-ffi. Tests only; the product never calls these.
 *
 * <pre>{@code
 * var libpcap = Libpcap.load();
 * BpfProgram p = libpcap.compile("tcp port 80", 1, 262144, true);
 * int kept = libpcap.filter(p, frame, frame.length, frame.length);
 * }</pre>
 */
public final class Libpcap {
  /** The C functions used; names and signatures as in pcap/pcap.h. */
  public interface Native {
    Pointer pcap_open_dead(int linktype, int snaplen);

    Pointer pcap_open_offline(String fname, Pointer errbuf);

    int pcap_compile(Pointer p, Pointer program, String expr, int optimize, int netmask);

    void pcap_freecode(Pointer program);

    String pcap_geterr(Pointer p);

    void pcap_close(Pointer p);

    int bpf_filter(Pointer insns, Pointer pkt, int wirelen, int caplen);

    String pcap_lib_version();

    int bpf_validate(Pointer insns, int len);

    String bpf_image(Pointer insn, int n);

    String pcap_datalink_val_to_name(int dlt);

    String pcap_datalink_val_to_description(int dlt);

    int pcap_datalink_name_to_val(String name);
  }

  /**
   * {@code PCAP_NETMASK_UNKNOWN}, with which libpcap refuses {@code ip broadcast}. tcpdump 4.99
   * never passes it: it passes 0 when it has no device's netmask.
   */
  public static final int NETMASK_UNKNOWN = 0xffffffff;

  private final Native lib;
  private final Runtime runtime;

  private Libpcap(Native lib) {
    this.lib = lib;
    this.runtime = Runtime.getRuntime(lib);
  }

  /**
   * Loads libpcap.so.1, libpcap.so.0.8 or libpcap.so, whichever is installed first. jnr-ffi
   * links every name given to one loader, so each name is tried with a loader of its own.
   */
  public static Libpcap load() {
    UnsatisfiedLinkError last = null;
    for (String name : new String[] {"libpcap.so.1", "libpcap.so.0.8", "pcap"}) {
      try {
        return new Libpcap(LibraryLoader.create(Native.class).failImmediately().load(name));
      } catch (UnsatisfiedLinkError e) {
        last = e;
      }
    }
    throw last;
  }

  public String version() {
    return lib.pcap_lib_version();
  }

  /** Thrown with libpcap's own message when it refuses an expression. */
  public static final class CompileError extends Exception {
    public CompileError(String message) {
      super(message);
    }
  }

  /**
   * Compiles with libpcap, as {@code tcpdump -y DLT -s SNAPLEN [-O] -d EXPR} would.
   *
   * @param dlt the DLT number of the link type
   */
  public BpfProgram compile(String expr, int dlt, int snaplen, boolean optimize) throws CompileError {
    return compile(expr, dlt, snaplen, optimize, NETMASK_UNKNOWN);
  }

  /**
   * Compiles with libpcap and a netmask, which only {@code ip broadcast} reads; tcpdump 4.99
   * passes 0 for files and -d, and the device's netmask for a live capture with -f.
   */
  public BpfProgram compile(String expr, int dlt, int snaplen, boolean optimize, int netmask)
      throws CompileError {
    Pointer pcap = lib.pcap_open_dead(dlt, snaplen);
    if (pcap == null) throw new CompileError("pcap_open_dead failed for DLT " + dlt);
    return compileOn(pcap, expr, optimize, netmask);
  }

  /**
   * Compiles with libpcap on a handle reading {@code file}, as {@code tcpdump -r FILE -d EXPR}
   * does: libpcap's code generation differs for savefiles (BSD AF_INET6 values, the file's byte
   * order, no packet metadata).
   */
  public BpfProgram compileForFile(String expr, java.nio.file.Path file, boolean optimize,
      int netmask) throws CompileError {
    Pointer errbuf = Memory.allocateDirect(runtime, 256);
    Pointer pcap = lib.pcap_open_offline(file.toString(), errbuf);
    if (pcap == null) throw new CompileError("pcap_open_offline: " + errbuf.getString(0));
    return compileOn(pcap, expr, optimize, netmask);
  }

  private BpfProgram compileOn(Pointer pcap, String expr, boolean optimize, int netmask)
      throws CompileError {
    try {
      Pointer prog = Memory.allocateDirect(runtime, 16);
      if (lib.pcap_compile(pcap, prog, expr, optimize ? 1 : 0, netmask) != 0) {
        throw new CompileError(lib.pcap_geterr(pcap));
      }
      try {
        int n = prog.getInt(0);
        Pointer insns = prog.getPointer(8);
        List<Insn> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          long at = 8L * i;
          out.add(new Insn(insns.getShort(at) & 0xffff, insns.getByte(at + 2) & 0xff,
              insns.getByte(at + 3) & 0xff, insns.getInt(at + 4)));
        }
        return new BpfProgram(out);
      } finally {
        lib.pcap_freecode(prog);
      }
    } finally {
      lib.pcap_close(pcap);
    }
  }

  /** A program laid out as {@code struct bpf_insn[]} in native memory, for repeated runs. */
  public Pointer load(BpfProgram program) {
    Pointer insns = Memory.allocateDirect(runtime, Math.max(8, 8 * program.length()));
    for (int i = 0; i < program.length(); i++) {
      Insn in = program.get(i);
      long at = 8L * i;
      insns.putShort(at, (short) in.code());
      insns.putByte(at + 2, (byte) in.jt());
      insns.putByte(at + 3, (byte) in.jf());
      insns.putInt(at + 4, in.k());
    }
    return insns;
  }

  /** Runs libpcap's {@code bpf_filter}; the packet is the first {@code caplen} bytes of {@code pkt}. */
  public int filter(Pointer insns, byte[] pkt, int wirelen, int caplen) {
    Pointer buf = Memory.allocateDirect(runtime, Math.max(1, caplen));
    buf.put(0, pkt, 0, caplen);
    return lib.bpf_filter(insns, buf, wirelen, caplen);
  }

  /**
   * Runs libpcap's {@code bpf_filter} over a packet already in native memory: no copy, no
   * allocation, for tests that run many programs over the same packets.
   */
  public int filter(Pointer insns, Pointer pkt, int wirelen, int caplen) {
    return lib.bpf_filter(insns, pkt, wirelen, caplen);
  }

  public int filter(BpfProgram program, byte[] pkt, int wirelen, int caplen) {
    return filter(load(program), pkt, wirelen, caplen);
  }

  /** {@return whether libpcap's {@code bpf_validate} accepts the program} */
  public boolean validate(BpfProgram program) {
    return lib.bpf_validate(load(program), program.length()) != 0;
  }

  /** {@return libpcap's {@code bpf_image} of one instruction at pc, as {@code tcpdump -d} prints it} */
  public String image(Insn insn, int pc) {
    return lib.bpf_image(load(new BpfProgram(List.of(insn))), pc);
  }

  /** {@return libpcap's name for a DLT (as {@code -y} takes it), or null when it has none} */
  public String datalinkName(int dlt) {
    return lib.pcap_datalink_val_to_name(dlt);
  }

  /** {@return libpcap's description of a DLT, or null when it has none} */
  public String datalinkDescription(int dlt) {
    return lib.pcap_datalink_val_to_description(dlt);
  }

  /** {@return the DLT a name stands for (case-insensitive, without {@code DLT_}), or -1} */
  public int datalinkValue(String name) {
    return lib.pcap_datalink_name_to_val(name);
  }
}
