package io.jdump.bpf;

import static io.jdump.bpf.Bpf.*;
import static io.jdump.bpf.Insn.stmt;
import static io.jdump.bpf.Machines.bytes;
import static io.jdump.bpf.Machines.program;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** ld, ldh, ldb, ldx in every mode; each case runs on jdump and on libpcap's bpf_filter. */
class VmLoadTest {
  private final Machines vm = new Machines();
  private final byte[] packet = bytes(0x01, 0x02, 0x03, 0x04, 0x85, 0x86, 0x87, 0x88, 0x4f, 0xff);

  private int load(int code, int k) {
    return vm.run(program(stmt(code, k), stmt(RET | A, 0)), packet);
  }

  @Test
  void absoluteLoadsAreBigEndianAndUnsigned() {
    assertEquals(0x01020304, load(LD | W | ABS, 0));
    assertEquals(0x85868788, load(LD | W | ABS, 4));
    assertEquals(0x8788, load(LD | H | ABS, 6));
    assertEquals(0x88, load(LD | B | ABS, 7));
    assertEquals(0xff, load(LD | B | ABS, 9));
  }

  @Test
  void absoluteLoadPastCaplenReturnsZero() {
    assertEquals(0, load(LD | W | ABS, 7));
    assertEquals(0, load(LD | H | ABS, 9));
    assertEquals(0, load(LD | B | ABS, 10));
    assertEquals(0, load(LD | W | ABS, -1));
    assertEquals(0, load(LD | H | ABS, -2));
    assertEquals(0, load(LD | B | ABS, 0x80000000));
    // Linux ancillary offsets (SKF_AD_VLAN_TAG, _PRESENT): libpcap has no aux data here, so 0.
    assertEquals(0, load(LD | B | ABS, -4052));
    assertEquals(0, load(LD | B | ABS, -4048));
    assertEquals(0, load(LD | W | ABS, -4088));
  }

  @Test
  void loadStopsAtCaplenNotAtWireLength() {
    var p = program(stmt(LD | H | ABS, 4), stmt(RET | K, 1));
    assertEquals(1, vm.run(p, packet, 6, 1500));
    assertEquals(0, vm.run(p, packet, 5, 1500));
    assertEquals(0, vm.run(p, packet, 0, 1500));
  }

  @Test
  void indirectLoadsAddXToK() {
    var word = program(stmt(LDX | IMM, 3), stmt(LD | W | IND, 1), stmt(RET | A, 0));
    assertEquals(0x85868788, vm.run(word, packet));
    var half = program(stmt(LDX | IMM, 8), stmt(LD | H | IND, 0), stmt(RET | A, 0));
    assertEquals(0x4fff, vm.run(half, packet));
    var oneByte = program(stmt(LDX | IMM, 9), stmt(LD | B | IND, 0), stmt(RET | A, 0));
    assertEquals(0xff, vm.run(oneByte, packet));
  }

  @Test
  void indirectLoadPastCaplenOrOverflowingReturnsZero() {
    for (int size : new int[] {W, H, B}) {
      assertEquals(0, vm.run(program(stmt(LDX | IMM, 9), stmt(LD | size | IND, 1), stmt(RET | K, 7)), packet));
      // X + k wraps around 2^32 to a small offset: libpcap refuses it, so must jdump.
      assertEquals(0, vm.run(program(stmt(LDX | IMM, -1), stmt(LD | size | IND, 2), stmt(RET | K, 7)), packet));
      assertEquals(0, vm.run(program(stmt(LDX | IMM, 2), stmt(LD | size | IND, -1), stmt(RET | K, 7)), packet));
    }
  }

  @Test
  void lengthLoadsGiveTheWireLength() {
    assertEquals(1514, vm.run(program(stmt(LD | W | LEN, 0), stmt(RET | A, 0)), packet, 10, 1514));
    assertEquals(1514, vm.run(program(stmt(LDX | W | LEN, 0), stmt(MISC | TXA, 0), stmt(RET | A, 0)), packet, 10, 1514));
    assertEquals(0xffffffff, vm.run(program(stmt(LD | W | LEN, 0), stmt(RET | A, 0)), packet, 10, -1));
  }

  @Test
  void immediateLoadsSetTheRegister() {
    assertEquals(0xdeadbeef, load(LD | IMM, 0xdeadbeef));
    assertEquals(0xcafe, vm.run(program(stmt(LDX | IMM, 0xcafe), stmt(MISC | TXA, 0), stmt(RET | A, 0)), packet));
  }

  @Test
  void mshLoadsFourTimesTheLowNibble() {
    var p = program(stmt(LDX | B | MSH, 8), stmt(MISC | TXA, 0), stmt(RET | A, 0));
    assertEquals(60, vm.run(p, packet));
    var past = program(stmt(LDX | B | MSH, 10), stmt(RET | K, 1));
    assertEquals(0, vm.run(past, packet));
    assertEquals(0, vm.run(program(stmt(LDX | B | MSH, -1), stmt(RET | K, 1)), packet));
  }
}
