package io.jdump.filter.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * What one link type's comparisons came to. A check is one expression compiled one way
 * (optimized or not) for one link type; it ends equal, not yet, or a mismatch.
 */
final class Tally {
  /** At most this many mismatches are described in full; the rest are named on one line each. */
  static final int DETAILED = 5;

  int expressions;
  int checks;
  int equal;
  int rejectedAlike;
  int notYet;
  int packetRuns;
  /** Checks where libpcap's program accepted no packet of the corpus: the corpus misses them. */
  int neverMatched;
  /** Checks whose libpcap program reads unwritten scratch memory: compared under the Interpreter only. */
  int undefinedInBpfFilter;
  final List<String> neverMatchedNames = new ArrayList<>();
  final List<String> mismatchDetails = new ArrayList<>();
  final List<String> mismatchNames = new ArrayList<>();

  void mismatch(String name, String detail) {
    if (mismatchDetails.size() < DETAILED) mismatchDetails.add(detail);
    mismatchNames.add(name);
  }

  int mismatches() {
    return mismatchNames.size();
  }

  void add(Tally other) {
    expressions += other.expressions;
    checks += other.checks;
    equal += other.equal;
    rejectedAlike += other.rejectedAlike;
    notYet += other.notYet;
    packetRuns += other.packetRuns;
    neverMatched += other.neverMatched;
    undefinedInBpfFilter += other.undefinedInBpfFilter;
    mismatchNames.addAll(other.mismatchNames);
  }

  /** {@return the failure message: the first mismatches in full, then the rest by name} */
  String report() {
    StringBuilder out = new StringBuilder(mismatches() + " mismatches\n");
    for (String d : mismatchDetails) out.append(d).append('\n');
    int shown = 0;
    for (String n : mismatchNames) {
      if (shown++ == 60) {
        out.append("  ... and ").append(mismatches() - 60).append(" more\n");
        break;
      }
      out.append("  ").append(n).append('\n');
    }
    return out.toString();
  }
}
