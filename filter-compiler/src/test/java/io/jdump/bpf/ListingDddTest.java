package io.jdump.bpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The -ddd reader: round trips, the whitespace it tolerates, and the errors it names by line. */
class ListingDddTest {
  @Test
  void everyRandomProgramRoundTripsThroughDdd() throws InvalidProgramException {
    RandomPrograms gen = new RandomPrograms(0x646464L);
    int cases = 0;
    for (int n = 0; n < 2000; n++) {
      BpfProgram program = gen.runnable();
      assertEquals(program, Listing.parseDdd(Listing.format(program, ListingFormat.DDD)));
      cases++;
    }
    // Unknown opcodes and every field at its extreme survive too.
    var extremes = new BpfProgram(List.of(new Insn(0xffff, 255, 255, -1), new Insn(0, 0, 0, 0x80000000)));
    assertEquals(extremes, Listing.parseDdd(Listing.format(extremes, ListingFormat.DDD)));
    System.out.printf("ListingDddTest: %d programs round-trip%n", cases + 1);
  }

  @Test
  void blankLinesSurroundingBlanksAndCrlfAreTolerated() throws InvalidProgramException {
    var expected = new BpfProgram(List.of(new Insn(40, 0, 0, 12), new Insn(6, 0, 0, 262144)));
    assertEquals(expected, Listing.parseDdd("\n  2\r\n\t40 0 0 12  \n\n 6  0 0 262144\n\n"));
  }

  @Test
  void commaSeparatedRecordsAsIptablesWritesThem() throws InvalidProgramException {
    var expected = new BpfProgram(List.of(new Insn(48, 0, 0, 9), new Insn(6, 0, 0, 0)));
    assertEquals(expected, Listing.parseDdd("2,48 0 0 9,6 0 0 0"));
  }

  @Test
  void errorsNameTheLine() {
    assertEquals("line 3: expected 4 numbers (code jt jf k), found 3", error("2\n40 0 0 12\n6 0 0\n"));
    assertEquals("line 2: not a decimal number: 0x28", error("1\n0x28 0 0 12\n"));
    assertEquals("line 2: jt 256 is out of range (0 to 255)", error("1\n21 256 0 1\n"));
    assertEquals("line 2: k 4294967296 is out of range (0 to 4294967295)", error("1\n6 0 0 4294967296\n"));
    assertEquals("line 2: code 65536 is out of range (0 to 65535)", error("1\n65536 0 0 0\n"));
    assertEquals("line 2: the count says 3 instructions, the listing has 1", error("3\n6 0 0 0\n"));
    assertEquals("line 3: the count says 1 instructions, the listing has 2", error("1\n6 0 0 0\n6 0 0 1\n"));
    assertEquals("line 1: expected the instruction count, found 4 numbers", error("6 0 0 0\n"));
    assertEquals("line 1: empty listing: expected the instruction count", error(" \n\n"));
  }

  private static String error(String text) {
    return assertThrows(InvalidProgramException.class, () -> Listing.parseDdd(text)).getMessage();
  }
}
