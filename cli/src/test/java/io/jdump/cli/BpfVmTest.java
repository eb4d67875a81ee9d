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
 * --bpf-vm: the JIT (the default) and the interpreter keep the same packets as tcpdump, for the
 * benchmark's filters and the CLI's own; an unknown VM is refused in one line.
 */
class BpfVmTest {
  @TempDir
  Path dir;

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
