package org.dyad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Heap figures of this JVM from its memory pools. The peak is the sum of each heap pool's own
 * peak: pools peak at different moments, so it is an upper bound on the heap ever in use at once.
 * The live peak is the old generation's largest size right after a collection: what the run
 * really keeps, and so what -Xmx must hold.
 */
public final class HeapWatch {

    private static final long MB = 1024 * 1024;

    public long peakMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / MB;
    }

    /** The largest heap left after any collection of the old generation so far, or -1 if none ran. */
    public long liveAfterGcMb() {
        long most = -1;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage after = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (after != null && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                most = Math.max(most, after.getUsed());
            }
        }
        return most < 0 ? -1 : most / MB;
    }

    public long maxMb() {
        return Runtime.getRuntime().maxMemory() / MB;
    }
}
