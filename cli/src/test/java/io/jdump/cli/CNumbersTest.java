package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;
import org.junit.jupiter.api.Test;

/** CNumbers against the C library itself, on many generated option arguments. */
class CNumbersTest {
  public interface LibC {
    int atoi(Pointer s);

    long strtol(Pointer s, Pointer end, int base);
  }

  private static final LibC LIBC = LibraryLoader.create(LibC.class).failImmediately().load("c");
  private static final Runtime RUNTIME = Runtime.getRuntime(LIBC);
  private static final String ALPHABET = "0123456789012345678901234567890123456789+- xXabfgABF\t";

  @Test
  void atoiAndStrtolAgreeWithLibcOnGeneratedArguments() {
    var random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      String s = generated(random);
      Pointer c = cString(s);
      assertEquals(LIBC.atoi(c), CNumbers.atoi(s), () -> "atoi(\"" + s + "\")");
      Pointer end = Memory.allocateDirect(RUNTIME, 8);
      long value = LIBC.strtol(c, end, 0);
      boolean whole = end.getAddress(0) != c.address() && c.getByte(end.getAddress(0) - c.address()) == 0;
      Integer expected = whole ? Integer.valueOf((int) value) : null;
      assertEquals(expected, CNumbers.strtolWhole(s), () -> "strtol(\"" + s + "\", &end, 0)");
    }
  }

  private static String generated(Random random) {
    var s = new StringBuilder();
    int length = random.nextInt(22);
    for (int i = 0; i < length; i++) s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    if (random.nextInt(4) == 0) s.insert(0, random.nextBoolean() ? "0x" : "0");
    return s.toString();
  }

  private static Pointer cString(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.US_ASCII);
    Pointer p = Memory.allocateDirect(RUNTIME, bytes.length + 1);
    p.put(0, bytes, 0, bytes.length);
    p.putByte(bytes.length, (byte) 0);
    return p;
  }
}
