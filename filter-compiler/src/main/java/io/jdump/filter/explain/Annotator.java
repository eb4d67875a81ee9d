package io.jdump.filter.explain;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import io.jdump.bpf.Listing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Says in words what each instruction of a classic BPF program loads or tests, for a link
 * type: {@code ldb [23]} is {@code ip proto} once the paths reaching it all passed
 * {@code ether type = IPv4}. It reads any program (jdump's, libpcap's, a hand-written one): it
 * runs the program symbolically along its paths (kept apart while they are few, joined past
 * that), and names a load only when every path agrees on the header it falls in. Where it
 * cannot tell, it says nothing.
 *
 * <pre>{@code
 * List<String> notes = Annotator.annotate(program, LinkType.EN10MB.dlt());
 * // notes.get(1) is "ether type = IPv4 (0x0800)" for "(001) jeq #0x800 jt 2 jf 5"
 * }</pre>
 */
public final class Annotator {
  private Annotator() {}

  /**
   * Paths are kept apart up to this many per instruction, so that a branch can discard those
   * it contradicts (the IPv6 path of {@code tcp port 80} at a later {@code ether type = IPv4});
   * past it they are joined, keeping only what they share.
   */
  private static final int MAX_PATHS = 8;

  /**
   * {@return one annotation per instruction, null where nothing sure can be said}
   *
   * @param program the program
   * @param dlt     the link type it was compiled for
   */
  public static List<String> annotate(BpfProgram program, int dlt) {
    int n = program.length();
    Header root = rootHeader(dlt);
    List<List<PathState>> in = new ArrayList<>(Collections.nCopies(n, null));
    boolean[] loopHead = new boolean[n];
    boolean loops = false;
    for (int pc = 0; pc < n; pc++) {
      Insn i = program.get(pc);
      if (i.code() == (Bpf.JMP | Bpf.JA)) {
        int target = pc + 1 + i.k(); // bpf_filter adds k to a pointer: a big k goes back
        if (target >= 0 && target <= pc) {
          loopHead[target] = true;
          loops = true;
        }
      }
    }
    boolean[] open = new boolean[2]; // the current jump's true and false branches
    Step.Flow flow = new Step.Flow() {
      @Override
      public void add(int target, PathState s) {
        if (target < 0 || target >= n || s == null) return;
        List<PathState> at = in.get(target);
        if (at == null) in.set(target, at = new ArrayList<>());
        at.add(s);
        if (at.size() > MAX_PATHS) {
          // Paths holding the same memory first: they lose only registers and facts (after
          // geneve, the inner offsets in memory tell an IPv4 tunnel from an IPv6 one, and an
          // Ethernet payload from an IP one).
          List<PathState> kept = new ArrayList<>();
          for (PathState p : at) {
            int same = -1;
            for (int j = 0; j < kept.size() && same < 0; j++) if (kept.get(j).sameMemory(p)) same = j;
            if (same < 0) kept.add(p);
            else kept.set(same, kept.get(same).join(p));
          }
          if (kept.size() > MAX_PATHS) {
            PathState joined = kept.get(0);
            for (PathState p : kept.subList(1, kept.size())) joined = joined.join(p);
            kept = List.of(joined);
          }
          at.clear();
          at.addAll(kept);
        }
      }

      @Override
      public void branch(boolean taken) {
        open[taken ? 0 : 1] = true;
      }
    };
    String[] notes = new String[n];
    if (n > 0) flow.add(0, PathState.entry());
    for (int pc = 0; pc < n; pc++) {
      List<PathState> states = in.get(pc);
      if (states == null) {
        // Every forward edge was followed unless a branch contradicts what the path tested
        // (ether type = IPv4 after ether type = IPv6). A loop would bring edges not followed.
        if (!loops) notes[pc] = "never reached";
        continue;
      }
      in.set(pc, null);
      open[0] = false;
      open[1] = false;
      List<Note> said = new ArrayList<>(states.size());
      for (PathState s : states) {
        PathState here = loopHead[pc] ? s.forgetRegisters() : s;
        said.add(Step.step(program.get(pc), pc, here, new Describer(new Layers(root, here)), flow));
      }
      notes[pc] = Note.agreed(said);
      if (states.size() > 1 && !said.contains(null) && !Note.same(said)) {
        // Paths that say different things may still share a name once joined ("tcp/udp/sctp
        // src port" rather than three alternatives); the joined state is what all of them
        // allow. A bare offset ("ether[16:2]") is true but says less than the paths do.
        PathState joined = states.get(0);
        for (PathState p : states.subList(1, states.size())) joined = joined.join(p);
        if (loopHead[pc]) joined = joined.forgetRegisters();
        Note j = Step.step(program.get(pc), pc, joined, new Describer(new Layers(root, joined)),
            (target, st) -> { });
        if (j != null && (notes[pc] == null || !j.render().contains("["))) notes[pc] = j.render();
      }
      Insn i = program.get(pc);
      if (notes[pc] != null && (i.code() & 0x07) == Bpf.JMP && (i.code() & 0xf0) != Bpf.JA
          && open[0] != open[1]) {
        // A test the paths reaching it have already decided: "ip6 and tcp[13] & 2 != 0".
        notes[pc] += open[0] ? " (always true here)" : " (never true here)";
      }
    }
    return Collections.unmodifiableList(Arrays.asList(notes));
  }

  static Header rootHeader(int dlt) {
    return switch (dlt) {
      case 0, 108 -> Header.LOOPBACK;
      case 1 -> Header.ETHER;
      case 9, 50 -> Header.PPP;
      case 51 -> Header.PPPOE;
      case 104, 112 -> Header.CHDLC;
      case 113 -> Header.SLL;
      case 276 -> Header.SLL2;
      case 12, 14 -> Header.ANYIP;
      case 228 -> Header.IP;
      case 229 -> Header.IP6;
      default -> null;
    };
  }

  /**
   * {@return the lines of {@code tcpdump -d}, each followed by its annotation where there is one}
   *
   * @param program the program
   * @param dlt     the link type it was compiled for
   */
  public static List<String> listing(BpfProgram program, int dlt) {
    List<String> notes = annotate(program, dlt);
    List<String> lines = new ArrayList<>(program.length());
    for (int pc = 0; pc < program.length(); pc++) {
      String image = Listing.image(program.get(pc), pc);
      String note = notes.get(pc);
      lines.add(note == null ? image : pad(image) + "; " + note);
    }
    return lines;
  }

  /** Pads to column 48 as a terminal shows tabs, so that the annotations line up. */
  private static String pad(String image) {
    int col = 0;
    for (int j = 0; j < image.length(); j++) col = image.charAt(j) == '\t' ? (col / 8 + 1) * 8 : col + 1;
    return image + " ".repeat(Math.max(1, 48 - col));
  }
}
