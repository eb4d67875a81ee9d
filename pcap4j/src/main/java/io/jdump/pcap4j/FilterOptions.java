package io.jdump.pcap4j;

import io.jdump.bpf.Engine;
import io.jdump.filter.CompileOptions;
import io.jdump.filter.FilterCompiler;

/**
 * How {@link JdumpHandle#setFilter(String, FilterOptions)} compiles and runs an expression:
 * what {@code pcap_compile}'s arguments say, plus jdump's own meanings and VM. Start from
 * {@link #defaults()} (libpcap's meaning, optimized, netmask unknown, the handle's snap length,
 * the JIT) and change with the {@code with...} methods.
 *
 * <pre>{@code
 * var o = FilterOptions.defaults()
 *     .withMeanings(CompileOptions.LIBPCAP.withAnyVlan(true))   // jdump --any-vlan
 *     .withNetmask(0xffffff00);                                 // for "ip broadcast"
 * handle.setFilter("port 53 or ip broadcast", o);
 * }</pre>
 *
 * @param optimize false for tcpdump's {@code -O} ({@code BpfCompileMode.NONOPTIMIZE})
 * @param netmask  the IPv4 netmask {@code ip broadcast} uses, or
 *                 {@link FilterCompiler#NETMASK_UNKNOWN}
 * @param snaplen  what an accepting program returns; 0 for the handle's snap length
 * @param meanings {@code --scoped-encap}, {@code --any-vlan}, {@code --ip6-transport} and the
 *                 name files ({@link CompileOptions})
 * @param engine   the VM that runs the program: {@link Engine#JIT} or {@link Engine#INTERP}
 */
public record FilterOptions(boolean optimize, int netmask, int snaplen, CompileOptions meanings,
    Engine engine) {
  /**
   * Checks the arguments.
   *
   * @param optimize false for tcpdump's {@code -O}
   * @param netmask  the netmask for {@code ip broadcast}
   * @param snaplen  0 for the handle's snap length
   * @param meanings jdump's meanings
   * @param engine   the VM
   * @throws IllegalArgumentException for a negative snap length
   * @throws NullPointerException for null meanings or engine
   */
  public FilterOptions {
    if (snaplen < 0) throw new IllegalArgumentException("snaplen out of range: " + snaplen);
    if (meanings == null || engine == null) throw new NullPointerException();
  }

  /** {@return libpcap's meaning, optimized, netmask unknown, the handle's snaplen, the JIT} */
  public static FilterOptions defaults() {
    return new FilterOptions(true, FilterCompiler.NETMASK_UNKNOWN, 0, CompileOptions.LIBPCAP,
        Engine.JIT);
  }

  /**
   * {@return these options with the optimizer on or off}
   *
   * @param on false for {@code -O}
   */
  public FilterOptions withOptimize(boolean on) {
    return new FilterOptions(on, netmask, snaplen, meanings, engine);
  }

  /**
   * {@return these options with another netmask}
   *
   * @param mask IPv4 mask, host order
   */
  public FilterOptions withNetmask(int mask) {
    return new FilterOptions(optimize, mask, snaplen, meanings, engine);
  }

  /**
   * {@return these options with another snap length}
   *
   * @param length 0 for the handle's
   */
  public FilterOptions withSnaplen(int length) {
    return new FilterOptions(optimize, netmask, length, meanings, engine);
  }

  /**
   * {@return these options with jdump's meanings}
   *
   * @param options the meanings to compile
   */
  public FilterOptions withMeanings(CompileOptions options) {
    return new FilterOptions(optimize, netmask, snaplen, options, engine);
  }

  /**
   * {@return these options with another VM}
   *
   * @param vm the JIT or the interpreter
   */
  public FilterOptions withEngine(Engine vm) {
    return new FilterOptions(optimize, netmask, snaplen, meanings, vm);
  }
}
