package io.jdump.sparkcli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jdump-spark}: a pcap-filter expression over many capture files on Spark, written as one
 * file merged in mergecap's order, the file {@code tcpdump -w} writes for the same filter over
 * {@code mergecap -F pcap}'s merge of the same files.
 *
 * <pre>{@code
 * int status = SparkCommand.run(System.out, System.err, "-r", "captures/", "-w", "web.pcap", "tcp port 80");
 * }</pre>
 */
@Command(name = "jdump-spark", sortOptions = false,
    description = "Filters capture files on Spark and writes the kept packets merged in time order.")
final class SparkCommand implements Callable<Integer> {
  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default: local[*], Spark inside this process)")
  String master = "local[*]";

  @Option(names = "-r", paramLabel = "PATH", required = true,
      description = "a capture file, a directory of them or a quoted glob; repeatable")
  List<String> reads = new ArrayList<>();

  @Option(names = "-w", paramLabel = "FILE",
      description = "where the merged capture goes (- for standard output)")
  String write;

  @Option(names = "--sql", paramLabel = "QUERY",
      description = "instead of -w: run QUERY over the table pcap (the inputs, filtered) and"
          + " print its rows; repeatable: the queries run in turn on one Spark session")
  List<String> sql = new ArrayList<>();

  @Option(names = "-c", paramLabel = "COUNT", description = "stop after COUNT packets")
  long count = -1;

  @Option(names = "--pcapng", description = "write pcapng instead of pcap")
  boolean pcapng;

  @Option(names = "--scoped-encap", description = "jdump's meaning: encapsulation is scoped")
  boolean scopedEncap;

  @Option(names = "--any-vlan", description = "jdump's meaning: match tagged and untagged frames")
  boolean anyVlan;

  @Option(names = "--ip6-transport", description = "jdump's meaning: IPv6 transport past extension headers")
  boolean ip6Transport;

  @Option(names = "--split-size", paramLabel = "BYTES",
      description = "bytes of a file one task reads (default: the inputs' size over twice the"
          + " cores Spark has, from 64M to 512M; K, M, G suffixes)")
  String splitSize;

  @Option(names = "--temp", paramLabel = "DIR",
      description = "where tasks leave kept packets for the driver (default: beside -w's file;"
          + " on a cluster of several machines, a directory they all share)")
  String temp;

  @Option(names = "--times",
      description = "print on standard error how long Spark's start, the filter job, the"
          + " merge and the stop took")
  boolean times;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
  boolean help;

  @Parameters(paramLabel = "FILTER", description = "pcap-filter expression")
  List<String> expression = new ArrayList<>();

  private final PrintStream out;
  private final PrintStream err;
  private final JavaSparkContext shared;

  private SparkCommand(PrintStream out, PrintStream err, JavaSparkContext shared) {
    this.out = out;
    this.err = err;
    this.shared = shared;
  }

  /** {@return the exit status} after running the command line */
  static int run(PrintStream out, PrintStream err, String... args) {
    return run(out, err, null, args);
  }

  /**
   * {@return the exit status} after running the command line on a running context, which stays
   * running (--master is not used): many runs in one test cost one Spark start.
   */
  static int run(PrintStream out, PrintStream err, JavaSparkContext shared, String... args) {
    var command = new SparkCommand(out, err, shared);
    var cli = new CommandLine(command)
        .setOverwrittenOptionsAllowed(true)
        .setExpandAtFiles(false)
        .setOut(new java.io.PrintWriter(out, true))
        .setErr(new java.io.PrintWriter(err, true))
        .setParameterExceptionHandler((e, a) -> {
          err.println("jdump-spark: " + e.getMessage());
          e.getCommandLine().usage(err);
          return Failure.STATUS;
        })
        .setExecutionExceptionHandler((e, c, p) -> command.report(e));
    try {
      return cli.execute(args);
    } catch (RuntimeException | Error e) {
      return command.report(e);
    }
  }

  @Override
  public Integer call() throws Failure {
    if (write == null && sql.isEmpty()) throw new Failure("Missing required option: '-w=FILE'");
    var request = new Job.Request(reads, write, String.join(" ", expression), count, pcapng,
        new io.jdump.filter.CompileOptions(scopedEncap, anyVlan, ip6Transport),
        splitSize == null ? 0 : Sizes.parse(splitSize), temp, master, times);
    if (!sql.isEmpty()) {
      if (write != null) throw new Failure("-w and --sql: one or the other");
      var files = Inputs.resolve(reads, new org.apache.hadoop.conf.Configuration());
      SqlQuery.run(sql, files, request.expression(), request, shared != null, out, err);
      return 0;
    }
    new Job(request, shared).run(err);
    return 0;
  }

  private int report(Throwable e) {
    if (e instanceof Failure f) {
      err.println("jdump-spark: " + f.getMessage());
    } else if (e instanceof OutOfMemoryError) {
      err.println("jdump-spark: out of memory (raise it with JAVA_TOOL_OPTIONS=-Xmx...)");
    } else {
      err.println("jdump-spark: internal error: " + e);
    }
    if (System.getenv("JDUMP_SPARK_DEBUG") != null) e.printStackTrace(err);
    return Failure.STATUS;
  }
}
