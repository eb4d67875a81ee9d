package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A savefile of every low link type and the edges of libpcap's range, read with no filter:
 * tcpdump compiles the empty expression all the same, and libpcap's compiler refuses a link
 * type it does not know (13, 14, 17, 290...), so tcpdump stops after its "reading from file"
 * line. jdump must stop there too, in the same words and status, printing or writing or not.
 */
class SavefileLinkTypeTest {
  @TempDir Path dir;

  static IntStream linkTypes() {
    return IntStream.concat(IntStream.rangeClosed(0, 20),
        IntStream.of(50, 51, 98, 99, 100, 103, 104, 105, 288, 289, 290, 1000, 65535));
  }

  @ParameterizedTest
  @MethodSource("linkTypes")
  void stopsWhereTcpdumpStopsWithNoFilter(int linkType) throws IOException {
    Path file = dir.resolve("lt" + linkType + ".pcap");
    ByteBuffer b = ByteBuffer.allocate(24 + 16 + 20).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
        .putInt(65535).putInt(linkType);
    b.putInt(1).putInt(0).putInt(20).putInt(20).put(new byte[20]);
    Files.write(file, b.array());
    for (boolean write : new boolean[] {false, true}) {
      String[] args = write
          ? new String[] {"-r", file.toString(), "-w", dir.resolve("out").toString()}
          : new String[] {"-n", "-r", file.toString()};
      Outcome tcpdump = Tcpdump.run(args);
      Outcome jdump = Jdump.run(args);
      assertEquals(tcpdump.errorsWithoutName("tcpdump"), jdump.errorsWithoutName("jdump"),
          jdump::toString);
      assertEquals(tcpdump.status(), jdump.status(), jdump::toString);
      if (!write) assertArrayEquals(tcpdump.stdout(), jdump.stdout(), jdump::toString);
    }
  }
}
