package io.jdump.bpf.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Compiled filters do not pile up: 20,000 programs compiled one after the other in a JVM
 * limited to 24 MiB of metaspace and 64 MiB of heap finish, their classes unloaded. (With
 * {@code -XX:-ClassUnloading} the same run dies of OutOfMemoryError: Metaspace.)
 */
class JitMemoryTest {
  private static final int PROGRAMS = 20_000;

  @Test
  void compilingManyProgramsKeepsMetaspaceBounded() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(List.of(java, "-Xmx64m", "-XX:MaxMetaspaceSize=24m",
        "-cp", System.getProperty("java.class.path"), CompileMany.class.getName(), Integer.toString(PROGRAMS)))
        .redirectErrorStream(true).start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, child.waitFor(), out);
    Matcher m = Pattern.compile("compiled (\\d+) unloaded (\\d+) metaspace_bytes (\\d+)").matcher(out);
    assertTrue(m.find(), out);
    long unloaded = Long.parseLong(m.group(2));
    long metaspace = Long.parseLong(m.group(3));
    System.out.printf("JitMemoryTest: %s programs compiled under a 24 MiB metaspace cap; %d classes unloaded;"
        + " metaspace in use after: %.1f MiB%n", m.group(1), unloaded, metaspace / 1048576.0);
    assertTrue(unloaded >= PROGRAMS / 2, "classes unloaded: " + unloaded);
    assertTrue(metaspace < 16L << 20, "metaspace in use: " + metaspace);
  }
}
