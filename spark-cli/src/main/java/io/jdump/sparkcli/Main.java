package io.jdump.sparkcli;

/**
 * The process entry point of {@code jdump-spark}: runs {@link SparkCommand} and exits with its
 * status.
 *
 * <pre>{@code
 * java -cp spark-cli/target/jdump-spark.jar:$(cat spark-cli/target/spark.classpath) \
 *     io.jdump.sparkcli.Main -r 'captures/*.pcap' -w web.pcap 'tcp port 80'
 * }</pre>
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(SparkCommand.run(System.out, System.err, args));
  }
}
