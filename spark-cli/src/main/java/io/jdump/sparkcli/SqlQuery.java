package io.jdump.sparkcli;

import java.io.PrintStream;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code jdump-spark --sql QUERY}: the inputs as the table {@code pcap} (the spark module's
 * DataSource, with the command line's filter as its {@code filter} option), the query's rows
 * printed tab-separated, one a line, and on standard error how long the query took. Several
 * queries run in turn on one session: a session's first query also pays Spark SQL's own start
 * (planning, code generation, loading its classes: seconds), the later ones what a session
 * already running would.
 *
 * <pre>{@code
 * jdump-spark -r captures/ --sql 'SELECT dst, count(*) FROM pcap WHERE dport = 53 GROUP BY dst'
 * }</pre>
 */
final class SqlQuery {
  private SqlQuery() {}

  /**
   * Runs the queries in turn; with {@code shared}, a running context's session is used and left
   * running ({@code --master} is not used).
   */
  static void run(List<String> queries, List<InputFile> files, String filter, Job.Request r,
      boolean shared, PrintStream out, PrintStream err) throws Failure {
    SparkSession spark = shared
        ? SparkSession.builder().getOrCreate()
        : SparkSession.builder().config(SparkContexts.conf(r.master())).getOrCreate();
    try {
      String[] paths = files.stream().map(InputFile::uri).toArray(String[]::new);
      spark.read().format("pcap")
          .option("filter", filter)
          .option("scopedEncap", r.meanings().scopedEncap())
          .option("anyVlan", r.meanings().anyVlan())
          .option("ip6Transport", r.meanings().ip6Transport())
          .load(paths)
          .createOrReplaceTempView("pcap");
      for (String query : queries) {
        long start = System.nanoTime();
        Dataset<Row> result = spark.sql(query);
        long rows = 0;
        var line = new StringBuilder();
        for (Iterator<Row> it = result.toLocalIterator(); it.hasNext(); rows++) {
          Row row = it.next();
          line.setLength(0);
          for (int i = 0; i < row.length(); i++) {
            if (i > 0) line.append('\t');
            line.append(row.get(i));
          }
          out.println(line);
        }
        out.flush();
        err.printf("%d rows in %.2f s%n", rows, (System.nanoTime() - start) / 1e9);
      }
    } catch (Exception e) { // AnalysisException and SparkException are checked, undeclared
      String m = String.valueOf(e.getMessage());
      int nl = m.indexOf('\n');
      throw new Failure(nl < 0 ? m : m.substring(0, nl), e);
    } finally {
      if (!shared) spark.stop();
    }
  }
}
