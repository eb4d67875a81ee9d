package io.jdump.spark;

import io.jdump.bpf.PacketFilter;
import io.jdump.filter.Savefile;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A query's {@link Programs} as the tasks of one executor share them: sent once as a Spark
 * broadcast, each program turned into a JIT class by the first task that needs it and reused
 * by the others. A class per task cost each task the JIT's work and HotSpot's compilation of
 * the new class (30 to 45 ms of CPU), which a query with a pushed predicate paid and one
 * without did not.
 *
 * <pre>{@code
 * Broadcast<SharedPrograms> shared = jsc.broadcast(new SharedPrograms(programs));
 * PacketFilter f = shared.value().filter(1, Savefile.LITTLE_ENDIAN);   // in a task
 * }</pre>
 */
final class SharedPrograms implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Programs programs;
  /** Made on first use in each executor; guarded by this (Programs compiles unseen DLTs into its map). */
  private transient Map<Integer, Optional<PacketFilter>> filters;

  SharedPrograms(Programs programs) {
    this.programs = programs;
  }

  /** {@return the filter for packets of {@code dlt} in a file of that byte order}, null to keep all */
  synchronized PacketFilter filter(int dlt, Savefile file) {
    if (filters == null) filters = new HashMap<>();
    return filters.computeIfAbsent(dlt << 2 | file.ordinal(),
        k -> Optional.ofNullable(programs.filter(dlt, file))).orElse(null);
  }
}
