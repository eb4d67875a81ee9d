package io.jdump.sparkcli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Starts the Spark context a run uses: embedded ({@code local[*]}) or on a cluster's master.
 * On a cluster, the jar this class came from goes to the executors (spark.jars); a master on
 * this machine's loopback gets a driver on the loopback too.
 *
 * <pre>{@code
 * try (JavaSparkContext sc = SparkContexts.start("spark://127.0.0.1:7077")) { ... }
 * }</pre>
 */
final class SparkContexts {
  private SparkContexts() {}

  static JavaSparkContext start(String master) throws Failure {
    try {
      return new JavaSparkContext(conf(master));
    } catch (RuntimeException e) {
      throw new Failure("can't start Spark on " + master + ": " + e.getMessage(), e);
    }
  }

  /** {@return the configuration a run on {@code master} uses} */
  static SparkConf conf(String master) {
    var conf = new SparkConf()
        .setAppName("jdump-spark")
        .setMaster(master)
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false");
    if (master.startsWith("local")) {
      // Spark's 200 shuffle partitions are for clusters: on one machine a GROUP BY's map tasks
      // would each write 200 files (below the bypass threshold) for a handful of cores.
      conf.set("spark.sql.shuffle.partitions",
          String.valueOf(2 * Runtime.getRuntime().availableProcessors()));
    }
    if (master.startsWith("local") || loopback(master)) {
      conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
    }
    if (!master.startsWith("local")) {
      String jar = ownJar();
      if (jar != null) conf.set("spark.jars", jar);
    }
    return conf;
  }

  private static boolean loopback(String master) {
    try {
      String host = new URI(master).getHost();
      return host != null && (host.equals("localhost") || host.startsWith("127."));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** {@return the application jar's path}, or null when running from class directories */
  private static String ownJar() {
    try {
      var source = SparkContexts.class.getProtectionDomain().getCodeSource();
      if (source == null) return null;
      Path p = Path.of(source.getLocation().toURI());
      return p.toString().endsWith(".jar") ? p.toString() : null;
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }
}
