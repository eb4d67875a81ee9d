package io.jdump.sparkcli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Runs the parts as one Spark job, one task a part: the tasks write their kept packets to run
 * files, and only their counts come back to the driver. The kept packets never pass through
 * Spark's result channel, so neither the driver's heap nor spark.driver.maxResultSize bounds
 * the output's size.
 *
 * <pre>{@code
 * List<PartResult> results = FilterJob.run(sc, parts, listing);
 * }</pre>
 */
final class FilterJob {
  private static final Pattern TASK_ERROR = Pattern.compile(Pattern.quote(PartTask.MARK) + "([^\n]*)");

  private FilterJob() {}

  /** {@return each part's result}, in part order; a failed task fails the run in its own words */
  static List<PartResult> run(JavaSparkContext sc, List<Part> parts, String listing)
      throws Failure {
    Broadcast<SharedFilter> filter = sc.broadcast(new SharedFilter(listing));
    try {
      return sc.parallelize(parts, Math.max(1, parts.size())).map(new PartTask(filter)).collect();
    } catch (Exception e) { // Scala throws SparkException, checked in Java, undeclared
      throw new Failure(taskError(e), e);
    } finally {
      filter.destroy(); // a shared context runs many jobs: each one's program goes with it
    }
  }

  /** The task's own line inside Spark's failure text, or Spark's first line when there is none. */
  private static String taskError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      Matcher m = TASK_ERROR.matcher(String.valueOf(t.getMessage()));
      if (m.find()) return m.group(1);
    }
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return (e instanceof SparkException ? "" : e.getClass().getSimpleName() + ": ")
        + (nl < 0 ? m : m.substring(0, nl));
  }
}
