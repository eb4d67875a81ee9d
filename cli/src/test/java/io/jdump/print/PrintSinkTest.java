package io.jdump.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdump.capture.Packet;
import io.jdump.capture.PacketSource;
import io.jdump.capture.file.CaptureFiles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole path the command will use: the capture module's reader, the printer, the sink's
 * bytes; equal to tcpdump's standard output, byte for byte.
 */
class PrintSinkTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "../samples/http.pcap | -",
    "../samples/http-nano.pcap | -tt --nano",
    "../samples/mixed.pcapng | -e -v",
    "../samples/any-sll2.pcap | -e",
    "../samples/vlan.pcap | -XX",
    "../samples/geneve.pcap | -e -vvv",
    "src/test/resources/print/captures/gen-seed2.pcap | -v",
    "src/test/resources/print/captures/gen-seed4-cut60.pcap | -x",
    "src/test/resources/print/captures/crafted-time.pcap | -ttt"})
  void readerPrinterAndSinkWriteWhatTcpdumpWrites(String file, String flagSet) throws Exception {
    String flags = flagSet.equals("-") ? "" : flagSet;
    String expected = TcpdumpOracle.run(Path.of(file), "UTC", TcpdumpFlags.tcpdumpArgs(flags));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PacketPrinter printer = new PacketPrinter(TcpdumpFlags.parse(flags, "UTC"));
    try (PacketSource source = CaptureFiles.open(Path.of(file));
        PrintSink sink = new PrintSink(printer, bytes, false)) {
      Packet p = new Packet();
      while (source.next(p)) sink.write(p);
    }
    assertEquals(expected, bytes.toString(StandardCharsets.ISO_8859_1));
  }
}
