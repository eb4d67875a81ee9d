package io.jdump.capture.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Two runs' labs never share a name or a subnet, and a run removes only dead runs' labs. */
class LabPlanTest {
  private static final String PID36 = Long.toString(ProcessHandle.current().pid(), 36);

  @Test
  void namesCarryThePidAndFitALinkName() {
    LabPlan plan = LabPlan.of("jdl", "abcde", "");
    assertEquals("jdl" + PID36 + "-abcde", plan.namespace());
    assertTrue(plan.hostIf().length() <= 15, plan.hostIf());
    assertEquals(plan.namespace() + "b", plan.peerIf());
  }

  @Test
  void aSubnetInUseIsPassedOver() {
    LabPlan first = LabPlan.of("jdl", "u", "");
    String taken = "7: x    inet " + first.hostV4() + "/24 scope global x\\       valid_lft forever\n"
        + "7: x    inet6 " + first.hostV6() + "/64 scope global \\       valid_lft forever\n";
    LabPlan second = LabPlan.of("jdl", "u", taken);
    assertNotEquals(first.slot(), second.slot());
    assertTrue(second.hostV4().matches("10\\.(1[2-8]\\d|19[01])\\.\\d+\\.1"), second.hostV4());
    assertTrue(second.peerV6().startsWith("fd6a:6400:0:"), second.peerV6());
  }

  @Test
  void onlyLabsOfEndedProcessesAreLeftovers() {
    // Above Linux's PID_MAX_LIMIT (2^22): no process can have it. The highest live pid plus one
    // could be handed to a new process before the check (a busy machine did that once).
    long dead = (1L << 22) + 1;
    assertTrue(LabPlan.isLeftover("jdl", "jdl" + Long.toString(dead, 36) + "-ua"));
    assertFalse(LabPlan.isLeftover("jdl", "jdl" + PID36 + "-ua"), "this run's own");
    assertFalse(LabPlan.isLeftover("jdl", "jdc" + Long.toString(dead, 36) + "-ua"), "other prefix");
    assertFalse(LabPlan.isLeftover("jdl", "jdlnodash"));
    assertFalse(LabPlan.isLeftover("jdl", "eth0"));
  }
}
