package io.jdump.filter;

import io.jdump.bpf.BpfProgram;
import io.jdump.filter.asm.Assembler;
import io.jdump.filter.gen.Cond;
import io.jdump.filter.gen.Generator;
import io.jdump.filter.gen.Names;
import io.jdump.filter.gen.Verdicts;
import io.jdump.filter.opt.Optimizer;
import io.jdump.filter.parse.Expr;
import io.jdump.filter.parse.Kind;
import io.jdump.filter.parse.ParseException;
import io.jdump.filter.parse.Parser;
import java.util.function.Consumer;

/**
 * The facade of the compiler: pcap-filter(7) text to a classic BPF program, with libpcap
 * 1.10's meaning and its error messages. Stages: {@link io.jdump.filter.parse.Lexer} and
 * {@link io.jdump.filter.parse.Parser} (grammar.y's precedences and qualifier inheritance),
 * {@link io.jdump.filter.gen.Generator} (gencode.c's primitives, per link type, generated as
 * they are reduced), {@link io.jdump.filter.asm.Assembler} (blocks to instructions, long
 * jumps through {@code ja}), then {@link io.jdump.filter.opt.Optimizer} unless tcpdump's
 * {@code -O} turned it off. Link types: EN10MB, LINUX_SLL, LINUX_SLL2, RAW, IPV4, IPV6,
 * NULL, LOOP, PPP, PPP_SERIAL, PPP_ETHER, PPP_PPPD, C_HDLC, SLIP, FDDI, IEEE802, ARCNET,
 * ARCNET_LINUX, IP_OVER_FC, ATM_RFC1483, IPNET, ENC, PFLOG, and 802.11 bare and behind Prism,
 * radiotap, AVS and PPI headers; SUNATM, MTP2, MTP2_WITH_PHDR and ERF (SS7 fields); and
 * every other link type libpcap 1.10 knows, with what little it filters on each
 * ({@code gen.LinkLayouts}: the Juniper family, Frame Relay, BSD/OS PPP, netANALYZER, ...).
 *
 * <pre>{@code
 * BpfProgram p = FilterCompiler.compile("tcp port 80", 1, 262144, true);
 * }</pre>
 *
 * <p>Compilation runs on the caller's thread: no stage recurses on the expression, so 10,000
 * nested parentheses or a megabyte of {@code or}-chain need no more than a default stack.
 */
public final class FilterCompiler {
  private FilterCompiler() {}

  /**
   * Compiles an expression for a link type, as {@code pcap_compile} does.
   *
   * @param expression a pcap-filter(7) expression; blank means accept every packet
   * @param dlt        the DLT number of the link type (see {@link io.jdump.bpf.LinkType})
   * @param snaplen    the snap length, returned by accepting programs
   * @param optimize   false for tcpdump's {@code -O}: true runs {@link Optimizer} and refuses
   *                   an expression whose optimized program rejects every packet
   * @return the program
   * @throws FilterException with libpcap's message when libpcap would refuse the expression
   */
  public static BpfProgram compile(String expression, int dlt, int snaplen, boolean optimize)
      throws FilterException {
    return compile(expression, dlt, snaplen, optimize, NETMASK_UNKNOWN);
  }

  /** {@code PCAP_NETMASK_UNKNOWN}: {@code ip broadcast} is then refused, as libpcap does. */
  public static final int NETMASK_UNKNOWN = 0xffffffff;

  /**
   * Compiles as {@code pcap_compile} with a netmask, which only {@code ip broadcast} uses
   * (tcpdump passes 0 when it has no device, the device's netmask when capturing).
   *
   * <pre>{@code
   * BpfProgram p = FilterCompiler.compile("ip broadcast", 1, 262144, true, 0xffffff00);
   * }</pre>
   *
   * @param netmask the IPv4 netmask of the network, or {@link #NETMASK_UNKNOWN}
   * @param expression a pcap-filter(7) expression; blank accepts every packet
   * @param dlt        the DLT number of the link type (see {@link io.jdump.bpf.LinkType})
   * @param snaplen    the snap length, returned by accepting programs
   * @param optimize   false for tcpdump's {@code -O}
   * @return the program
   * @throws FilterException with libpcap's message when libpcap would refuse the expression
   */
  public static BpfProgram compile(String expression, int dlt, int snaplen, boolean optimize,
      int netmask) throws FilterException {
    return compile(expression, dlt, snaplen, optimize, netmask, CompileOptions.LIBPCAP);
  }

  /**
   * Compiles with jdump's own meanings switched on (see {@link CompileOptions}); with
   * {@link CompileOptions#LIBPCAP} the program is the one the other overloads return.
   *
   * <pre>{@code
   * BpfProgram p = FilterCompiler.compile("port 80", 1, 262144, true,
   *     CompileOptions.LIBPCAP.withAnyVlan(true));
   * }</pre>
   *
   * @param expression a pcap-filter(7) expression; blank accepts every packet
   * @param dlt        the DLT number of the link type (see {@link io.jdump.bpf.LinkType})
   * @param snaplen    the snap length, returned by accepting programs
   * @param optimize   false for tcpdump's {@code -O}
   * @param options    jdump's meanings ({@link CompileOptions})
   * @return the program
   * @throws FilterException with libpcap's message when libpcap would refuse the expression
   */
  public static BpfProgram compile(String expression, int dlt, int snaplen, boolean optimize,
      CompileOptions options) throws FilterException {
    return compile(expression, dlt, snaplen, optimize, NETMASK_UNKNOWN, options);
  }

  /**
   * Compiles with a netmask and jdump's own meanings; the most general form.
   *
   * <pre>{@code
   * BpfProgram p = FilterCompiler.compile("tcp[13] & 2 != 0", 1, 262144, true, 0,
   *     CompileOptions.LIBPCAP.withIp6Transport(true));
   * }</pre>
   *
   * @param expression a pcap-filter(7) expression; blank accepts every packet
   * @param dlt        the DLT number of the link type (see {@link io.jdump.bpf.LinkType})
   * @param snaplen    the snap length, returned by accepting programs
   * @param optimize   false for tcpdump's {@code -O}
   * @param netmask    the IPv4 netmask {@code ip broadcast} uses, or {@link FilterCompiler#NETMASK_UNKNOWN}
   * @param options    jdump's meanings ({@link CompileOptions})
   * @return the program
   * @throws FilterException with libpcap's message when libpcap would refuse the expression
   */
  public static BpfProgram compile(String expression, int dlt, int snaplen, boolean optimize,
      int netmask, CompileOptions options) throws FilterException {
    try {
      return compileHere(expression, dlt, snaplen, optimize, netmask, options);
    } catch (FilterException e) {
      // libpcap formats its messages into a PCAP_ERRBUF_SIZE (256) buffer.
      String m = e.getMessage();
      throw m.length() > 255 ? new FilterException(m.substring(0, 255)) : e;
    }
  }

  /**
   * Refuses a link type libpcap's compiler does not know, as {@code pcap_compile} does for every
   * expression, the empty one included: a command that compiles nothing still checks.
   *
   * <pre>{@code
   * FilterCompiler.checkLinkType(13); // throws: unknown data link type 13 (min 104, max 289)
   * }</pre>
   *
   * @param dlt the DLT number of the link type
   * @throws FilterException with libpcap's message
   */
  public static void checkLinkType(int dlt) throws FilterException {
    Generator.checkLinkType(dlt);
  }

  private static BpfProgram compileHere(String expression, int dlt, int snaplen, boolean optimize,
      int netmask, CompileOptions options) throws FilterException {
    if (snaplen == 0) throw new FilterException("snaplen of 0 rejects all packets");
    Generator gen = new Generator(dlt, Names.of(options.names()), netmask, options);
    String text = expression == null ? "" : expression;
    Expr e;
    Cond c;
    try {
      if (options.isLibpcap()) {
        // libpcap's order: each primitive generated as it is reduced.
        // classes, not method references: the path of a plain compile has no invokedynamic,
        // whose first use costs a cold JDK 17 ~20 ms of method-handle set-up (issue 14)
        e = Parser.parse(text, new Consumer<Expr>() {
          @Override
          public void accept(Expr reduced) {
            gen.reduced(reduced);
          }
        }, new Consumer<Kind>() {
          @Override
          public void accept(Kind loaded) {
            gen.loaded(loaded);
          }
        });
        c = e == null ? null : gen.whole(e);
      } else {
        // jdump's meanings need the whole tree first (scopes, repeated generation).
        e = Parser.parse(text, new Consumer<Expr>() {
          @Override
          public void accept(Expr reduced) {
          }
        });
        c = e == null ? null : gen.generate(e);
      }
      c = gen.finish(c);
    } catch (ParseException | Generator.GenException ex) {
      throw new FilterException(ex.getMessage());
    }
    boolean optimizing = optimize && gen.optimizable();
    if (optimizing && c != null && Verdicts.rejectsAll(c)) {
      throw new FilterException("expression rejects all packets");
    }
    BpfProgram p = Assembler.assemble(c, snaplen);
    if (!optimizing || !Optimizer.applies(c)) return p;
    Optimizer.Outcome o = Optimizer.run(p, options.isLibpcap()
        || sameAsLibpcaps(p, text, dlt, snaplen, netmask));
    if (o.refused()) throw new FilterException("expression rejects all packets");
    return o.program();
  }

  /**
   * {@return true if jdump's options left the unoptimized program as libpcap's} Then it gets
   * libpcap's optimizer too, and so libpcap's program: an option that changes nothing here
   * changes nothing in what is kept.
   */
  private static boolean sameAsLibpcaps(BpfProgram p, String text, int dlt, int snaplen,
      int netmask) {
    try {
      return p.equals(compileHere(text, dlt, snaplen, false, netmask, CompileOptions.LIBPCAP));
    } catch (FilterException e) {
      return false;
    }
  }
}
