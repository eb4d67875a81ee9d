package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --bpf-vm: the JIT and the interpreter (each the default for some inputs) keep the same
 * packets as tcpdump, for the benchmark's filters and the CLI's own; an unknown VM is refused in
 * one line.
 */
class BpfVmTest {
  @TempDir
  Path dir;

  /** Without --bpf-vm: the interpreter below 16 MiB of known input, the JIT from there or unknown. */
  @Test
  void withoutBpfVmTheInputsSizeChooses() throws Exception {
    Settings auto = Settings.from(Options.parse("-r", "x.pcap", "tcp"));
    assertEquals(io.jdump.bpf.Engine.INTERP, auto.engineFor(0));
    assertEquals(io.jdump.bpf.Engine.INTERP, auto.engineFor(Settings.SMALL_INPUT - 1));
    assertEquals(io.jdump.bpf.Engine.JIT, auto.engineFor(Settings.SMALL_INPUT));
    assertEquals(io.jdump.bpf.Engine.JIT, auto.engineFor(-1));
    for (String vm : List.of("jit", "interp")) {
      Settings chosen = Settings.from(Options.parse("--bpf-vm", vm, "-r", "x.pcap"));
      assertEquals(io.jdump.bpf.Engine.forName(vm), chosen.engineFor(100));
      assertEquals(io.jdump.bpf.Engine.forName(vm), chosen.engineFor(-1));
    }
  }

  @Test
  void theJitAndTheInterpreterKeepWhatTcpdumpKeeps() throws IOException {
    Path in = GenPcap.write(dir, 3000, 11, 0);
    var expressions = new ArrayList<String>(FileCopyTest.EXPRESSIONS);
    for (String line : Files.readAllLines(GenPcap.benchFile("filters.txt"))) {
      if (!line.isBlank() && !line.startsWith("#") && !line.equals("(empty)")) expressions.add(line);
    }
    for (String expression : expressions) {
      byte[] tcpdump = Tcpdump.run("-r", in.toString(), "-w", "-", expression).stdout();
      for (List<String> vm : List.of(List.<String>of(), List.of("--bpf-vm=jit"), List.of("--bpf-vm", "interp"))) {
        var args = new ArrayList<>(vm);
        args.addAll(List.of("-r", in.toString(), "-w", "-", expression));
        Outcome jdump = Jdump.run(args.toArray(String[]::new));
        assertEquals(0, jdump.status(), () -> vm + " " + expression + "\n" + jdump);
        assertArrayEquals(tcpdump, jdump.stdout(), () -> vm + " " + expression);
      }
    }
  }

  @Test
  void anUnknownVmIsRefusedInOneLine() {
    Outcome jdump = Jdump.run("--bpf-vm=llvm", "-d", "tcp");
    assertEquals(1, jdump.status(), jdump::toString);
    assertEquals(List.of("jdump: unknown BPF VM 'llvm': use jit or interp"), jdump.errLines());
  }
}
