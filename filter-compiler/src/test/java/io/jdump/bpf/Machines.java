package io.jdump.bpf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdump.bpf.oracle.Libpcap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a program on jdump's interpreter and on libpcap's {@code bpf_filter}, and insists they
 * agree before handing back the result: every unit test of the VM is also a differential test,
 * as in Go's {@code vm_bpf_test.go}. jdump sees the packet in the middle of a larger buffer
 * filled with 0xa5, so that a read outside {@code [offset, offset + caplen)} shows up as a
 * wrong value.
 */
final class Machines {
  static final int GUARD = 7;

  /** Builds one of jdump's VMs; each is checked against the others and against libpcap. */
  interface Vm {
    PacketFilter build(BpfProgram program) throws InvalidProgramException;
  }

  /** jdump's VMs by name: add the JIT here and every VM test runs on it too. */
  static final Map<String, Vm> JDUMP_VMS = Map.of("interpreter", Interpreter::of, "jit", io.jdump.bpf.jit.Jit::compile);

  private final Libpcap libpcap = Libpcap.load();

  Libpcap libpcap() {
    return libpcap;
  }

  static BpfProgram program(Insn... insns) {
    return new BpfProgram(List.of(insns));
  }

  /** {@return the value both machines return} for a whole packet (caplen = wirelen = length). */
  int run(BpfProgram program, byte[] packet) {
    return run(program, packet, packet.length, packet.length);
  }

  /** {@return the value both machines return} for the first caplen bytes of packet. */
  int run(BpfProgram program, byte[] packet, int caplen, int wirelen) {
    int jdump = jdumpOnly(program, packet, caplen, wirelen);
    int pcap = libpcap.filter(program, packet, wirelen, caplen);
    assertEquals(Integer.toUnsignedString(pcap), Integer.toUnsignedString(jdump),
        () -> "jdump and libpcap disagree on\n" + Listing.format(program, ListingFormat.D));
    return jdump;
  }

  /**
   * {@return the value every jdump VM returns} for programs libpcap 1.10 cannot finish (it
   * aborts or loops), after checking that they agree.
   */
  static int jdumpOnly(BpfProgram program, byte[] packet, int caplen, int wirelen) {
    Integer result = null;
    for (var vm : new TreeMap<>(JDUMP_VMS).entrySet()) {
      int value;
      try {
        value = vm.getValue().build(program).apply(guarded(packet), GUARD, caplen, wirelen);
      } catch (InvalidProgramException e) {
        throw new AssertionError("the test program does not validate: " + e.getMessage(), e);
      }
      if (result != null) assertEquals(result.intValue(), value, vm.getKey() + " differs from the other VMs");
      result = value;
    }
    return result;
  }

  static byte[] guarded(byte[] packet) {
    byte[] buf = new byte[packet.length + 2 * GUARD];
    Arrays.fill(buf, (byte) 0xa5);
    System.arraycopy(packet, 0, buf, GUARD, packet.length);
    return buf;
  }

  static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
    return b;
  }
}
