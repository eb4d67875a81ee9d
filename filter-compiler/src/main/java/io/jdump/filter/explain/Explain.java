package io.jdump.filter.explain;

import io.jdump.bpf.BpfProgram;
import io.jdump.filter.CompileOptions;
import io.jdump.filter.FilterCompiler;
import io.jdump.filter.FilterException;
import io.jdump.filter.parse.Expr;
import io.jdump.filter.parse.ParseException;
import io.jdump.filter.parse.Parser;
import java.util.ArrayList;
import java.util.List;

/**
 * jdump's {@code --explain}: what a filter really does. The expression is written back with
 * what libpcap's grammar infers made explicit (inherited qualifiers, precedence), the reach of
 * each vlan/mpls/pppoes/geneve is spelled out, and the compiled program (the one {@code -d}
 * prints) is annotated line by line by {@link Annotator}.
 *
 * <pre>{@code
 * Explanation e = Explain.explain("tcp port 80 or 443", LinkType.EN10MB.dlt(), 262144, true);
 * e.expression();   // "(tcp port 80) or (tcp port 443)"
 * System.out.print(e.render());
 * }</pre>
 */
public final class Explain {
  private Explain() {}

  /**
   * Compiles the expression as {@link FilterCompiler#compile(String, int, int, boolean)} does
   * and explains it.
   *
   * @throws FilterException with libpcap's message when the expression does not compile
   * @param expression a pcap-filter(7) expression; blank accepts every packet
   * @param dlt        the DLT number of the link type (see {@link io.jdump.bpf.LinkType})
   * @param snaplen    the snap length, returned by accepting programs
   * @param optimize   false for tcpdump's {@code -O}
   * @return the rewritten expression, the notes and the annotated listing
   */
  public static Explanation explain(String expression, int dlt, int snaplen, boolean optimize)
      throws FilterException {
    return explain(expression, dlt, snaplen, optimize, CompileOptions.LIBPCAP);
  }

  /**
   * Compiles with jdump's own meanings (see {@link CompileOptions}) and explains it, saying
   * what each option changes.
   *
   * <pre>{@code
   * Explanation e = Explain.explain("(vlan 10 and host 10.0.0.1) or host 10.0.0.2", 1, 262144,
   *     true, CompileOptions.LIBPCAP.withScopedEncap(true));
   * e.notes();   // vlan 10 reaches host 10.0.0.1 only
   * }</pre>
   *
   * @param expression a pcap-filter(7) expression; blank accepts every packet
   * @param dlt        the DLT number of the link type (see {@link io.jdump.bpf.LinkType})
   * @param snaplen    the snap length, returned by accepting programs
   * @param optimize   false for tcpdump's {@code -O}
   * @param options    jdump's meanings ({@link CompileOptions})
   * @return the rewritten expression, the notes and the annotated listing
   * @throws FilterException with libpcap's message when libpcap would refuse the expression
   */
  public static Explanation explain(String expression, int dlt, int snaplen, boolean optimize,
      CompileOptions options) throws FilterException {
    return explain(expression, dlt, snaplen, optimize, FilterCompiler.NETMASK_UNKNOWN, options);
  }

  /**
   * Explains with a netmask for {@code ip broadcast}, as
   * {@link FilterCompiler#compile(String, int, int, boolean, int, CompileOptions)} compiles.
   *
   * @param expression a pcap-filter(7) expression; blank accepts every packet
   * @param dlt        the DLT number of the link type (see {@link io.jdump.bpf.LinkType})
   * @param snaplen    the snap length, returned by accepting programs
   * @param optimize   false for tcpdump's {@code -O}
   * @param netmask    the IPv4 netmask {@code ip broadcast} uses, or {@link io.jdump.filter.FilterCompiler#NETMASK_UNKNOWN}
   * @param options    jdump's meanings ({@link CompileOptions})
   * @return the rewritten expression, the notes and the annotated listing
   * @throws FilterException with libpcap's message when libpcap would refuse the expression
   */
  public static Explanation explain(String expression, int dlt, int snaplen, boolean optimize,
      int netmask, CompileOptions options) throws FilterException {
    BpfProgram program = FilterCompiler.compile(expression, dlt, snaplen, optimize, netmask, options);
    Expr e;
    try {
      e = Parser.parse(expression == null ? "" : expression, p -> { });
    } catch (ParseException ex) {
      throw new FilterException(ex.getMessage());
    }
    List<String> notes = new ArrayList<>();
    if (e != null) {
      notes.addAll(EncapReach.notes(e, options.scopedEncap()));
      notes.addAll(Options.notes(e, options, dlt));
    }
    return new Explanation(rewrite(e), notes, Annotator.listing(program, dlt));
  }

  /**
   * {@return the expression written out}, "" for an empty one, null when it cannot be.
   *
   * @param expression a pcap-filter(7) expression
   * @throws FilterException with libpcap's message when the expression does not parse
   */
  public static String rewrite(String expression) throws FilterException {
    try {
      return rewrite(Parser.parse(expression == null ? "" : expression, p -> { }));
    } catch (ParseException ex) {
      throw new FilterException(ex.getMessage());
    }
  }

  private static String rewrite(Expr e) {
    if (e == null) return "";
    return ExprWriter.rewritable(e) ? ExprWriter.write(e) : null;
  }
}
