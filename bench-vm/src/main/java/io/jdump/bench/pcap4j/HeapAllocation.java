package io.jdump.bench.pcap4j;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Bytes allocated on the heap by every thread of the JVM since {@link #start()}: what each
 * collection freed plus the growth of the heap in use. A handle that reads ahead on a thread of
 * its own allocates there too, which the reading thread's own count
 * ({@code ThreadMXBean.getThreadAllocatedBytes}) would miss, and that thread has ended by the
 * time a pass is measured. Exact up to the thread-local buffers in use at either end.
 */
final class HeapAllocation implements NotificationListener {
  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
      .collect(Collectors.toSet());
  private long freed;
  private long collectionsSeen;
  private long collections0;
  private long used0;

  /** Starts counting. */
  void start() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener(this, null, null);
    }
    collections0 = collections();
    used0 = used();
  }

  /** {@return bytes allocated since {@link #start()}} once every collection was reported. */
  long allocated() throws InterruptedException {
    long used = used();
    long due = collections() - collections0;
    synchronized (this) {
      long deadline = System.nanoTime() + 2_000_000_000L;
      while (collectionsSeen < due && System.nanoTime() < deadline) wait(10);
      return freed + used - used0;
    }
  }

  @Override
  public synchronized void handleNotification(Notification n, Object handback) {
    if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
      return;
    }
    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
    freed += heap(info.getMemoryUsageBeforeGc()) - heap(info.getMemoryUsageAfterGc());
    collectionsSeen++;
    notifyAll();
  }

  private long heap(Map<String, MemoryUsage> pools) {
    return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
        .mapToLong(e -> e.getValue().getUsed()).sum();
  }

  private long used() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getUsage().getUsed()).sum();
  }

  private static long collections() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
  }
}
