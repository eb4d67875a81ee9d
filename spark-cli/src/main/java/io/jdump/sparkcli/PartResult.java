package io.jdump.sparkcli;

import java.io.Serializable;

/**
 * What a task tells the driver about its part: how many packets it read and kept, and the
 * largest timestamp it read, which raises the merge keys of the file's later parts.
 *
 * <pre>{@code
 * long carry = Math.max(carry, result.maxTimestamp());
 * }</pre>
 */
record PartResult(int index, long read, long kept, long maxTimestamp) implements Serializable {}
