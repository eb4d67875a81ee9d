package io.jdump.sparkcli;

import io.jdump.bpf.InvalidProgramException;
import io.jdump.bpf.Listing;
import io.jdump.bpf.PacketFilter;
import io.jdump.bpf.jit.Jit;
import java.io.Serializable;

/**
 * The filter as every task of one executor shares it: the program's {@code -ddd} listing, sent
 * once as a Spark broadcast (one deserialized copy an executor), turned into bytecode by the JIT
 * on the first task's call and reused by the others. A class of its own per task cost each task
 * the JIT's work and HotSpot's compilation of the new class, and made the read loop's call to
 * the filter see a new class every task: 30 to 45 ms of CPU a task, 3 s of 8 on 4 GiB cut in
 * 64 MiB parts.
 *
 * <pre>{@code
 * Broadcast<SharedFilter> filter = sc.broadcast(new SharedFilter(listing));
 * PacketFilter f = filter.value().get();   // in a task
 * }</pre>
 */
final class SharedFilter implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String listing;
  /** Compiled on first use; two tasks racing to it compile twice, harmlessly (stateless filters). */
  private transient volatile PacketFilter compiled;

  /** {@code listing}: the program's {@code -ddd} text, or null to keep every packet. */
  SharedFilter(String listing) {
    this.listing = listing;
  }

  /** {@return the filter}, or null when every packet is kept */
  PacketFilter get() throws InvalidProgramException {
    if (listing == null) return null;
    PacketFilter f = compiled;
    if (f == null) {
      f = Jit.compile(Listing.parseDdd(listing));
      compiled = f;
    }
    return f;
  }
}
