package io.jdump.capture.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What a capture says when it opens a device, warnings, errors and the "listening on" line,
 * against what tcpdump says for the same flags on the same device, case by case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveMessagesTest {
  private VethLab lab;
  private PcapLibrary lib;

  @BeforeAll
  void createLab() throws Exception {
    lab = VethLab.create("m");
    lib = PcapLibrary.load();
  }

  @AfterAll
  void removeLab() throws IOException {
    if (lab != null) lab.close();
  }

  /** One case: the device, tcpdump's flags, and the same as LiveOptions (the CLI's wiring). */
  private record Case(String device, List<String> flags, UnaryOperator<LiveOptions> options) {}

  private List<Case> cases() throws LiveCaptureException {
    String dev = lab.captureDevice();
    int docsis = lib.datalinkValue("DOCSIS");
    int sll = lib.datalinkValue("LINUX_SLL");
    int adapter = lib.timestampTypeValue("adapter");
    int host = lib.timestampTypeValue("host");
    int number = deviceNumber(dev);
    return List.of(
        new Case(dev, List.of(), o -> o),
        new Case(dev, List.of("-s", "96"), o -> o.withSnaplen(96)),
        new Case(dev, List.of("-s", "0"), o -> o.withSnaplen(0)),
        new Case("lo", List.of("-s", "70000"), o -> o.withSnaplen(70000)),
        new Case(dev, List.of("-p"), o -> o.withPromisc(false)),
        new Case(dev, List.of("-B", "4096"), o -> o.withBufferSizeKiB(4096)),
        new Case(dev, List.of("--immediate-mode"), o -> o.withImmediate(true)),
        new Case(dev, List.of("-Q", "in"), o -> o.withDirection(Optional.of(Direction.IN))),
        new Case(dev, List.of("-Q", "out"), o -> o.withDirection(Optional.of(Direction.OUT))),
        new Case(dev, List.of("--time-stamp-precision=nano"),
            o -> o.withPrecision(TimestampPrecision.NANO)),
        new Case(dev, List.of("-y", "DOCSIS"), o -> o.withDatalink(docsis)),
        new Case(dev, List.of("-y", "LINUX_SLL"), o -> o.withDatalink(sll)),
        new Case("any", List.of(), o -> o),
        new Case("any", List.of("-y", "LINUX_SLL"), o -> o.withDatalink(sll)),
        new Case("lo", List.of("-j", "adapter"), o -> o.withTimestampType(adapter)),
        new Case("lo", List.of("-j", "host"), o -> o.withTimestampType(host)),
        new Case(dev, List.of("-I"), o -> o.withRfmon(true)),
        new Case("jdl-none", List.of(), o -> o),
        new Case("0", List.of(), o -> o),
        new Case("99999", List.of(), o -> o),
        new Case(Integer.toString(number), List.of(), o -> o),
        new Case(Integer.toString(number), List.of("-s", "128", "-Q", "in"),
            o -> o.withSnaplen(128).withDirection(Optional.of(Direction.IN))));
  }

  private int deviceNumber(String name) throws LiveCaptureException {
    List<PcapDevice> devs = lib.devices();
    for (int i = 0; i < devs.size(); i++) if (devs.get(i).name().equals(name)) return i + 1;
    throw new AssertionError(name + " not in " + devs);
  }

  /** {@return what jdump would print: the notices and the listening line, or the error} */
  private String jdumpSays(Case c) {
    try (LiveSource in = LiveSource.open(lib, c.device(), c.options().apply(LiveOptions.defaults()))) {
      var lines = new ArrayList<>(in.notices());
      lines.add(in.listeningOn());
      return String.join("\n", lines);
    } catch (LiveCaptureException e) {
      return e.getMessage();
    }
  }

  @Test
  void openingSaysWhatTcpdumpSays() throws Exception {
    var mismatches = new ArrayList<String>();
    List<Case> cases = cases();
    for (Case c : cases) {
      var args = new ArrayList<>(List.of("-i", c.device()));
      args.addAll(c.flags());
      String expected = TcpdumpSays.opening(args);
      String actual = jdumpSays(c);
      if (!expected.equals(actual)) mismatches.add(args + "\n  tcpdump: " + expected + "\n  jdump:   " + actual);
    }
    assertEquals(List.of(), mismatches, cases.size() + " cases");
  }

  @Test
  void noPermissionSaysWhatTcpdumpSays() throws Exception {
    // Root without CAP_NET_RAW: as an unprivileged user, but the test's files stay readable.
    var drop = List.of("setpriv", "--bounding-set", "-net_raw,-net_admin", "--inh-caps",
        "-net_raw,-net_admin");
    var tcpdump = new ArrayList<>(drop);
    tcpdump.addAll(List.of("tcpdump", "-i", lab.captureDevice(), "-w", "/dev/null"));
    String expected = TcpdumpSays.firstLines(tcpdump);

    var probe = new ArrayList<>(drop);
    probe.addAll(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        OpenProbe.class.getName(), lab.captureDevice()));
    var r = Shell.run(probe, "");
    assertEquals(expected, r.out(), r.err());
    assertEquals(true, expected.contains("permission"), expected);
  }
}
