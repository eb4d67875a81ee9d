package io.jdump.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.read.SupportsPushDownFilters;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.sources.Filter;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Takes Spark's predicates and column list: translatable predicates become one pcap-filter
 * expression run before rows are built ({@link Pushdown}); all predicates are still handed back
 * for Spark to evaluate, since the expression may keep rows where a column is null.
 */
final class PcapScanBuilder implements ScanBuilder, SupportsPushDownFilters, SupportsPushDownRequiredColumns {
  private final PcapTable table;
  private Columns[] columns = Columns.values();
  private String pushed;
  private Filter[] pushedFilters = new Filter[0];

  PcapScanBuilder(PcapTable table) {
    this.table = table;
  }

  @Override
  public Filter[] pushFilters(Filter[] filters) {
    // anyVlan reads the whole expression under the frame's tags and drops a frame cut inside
    // them, whatever the expression: even "len > 0" would drop rows Spark keeps.
    if (!table.options().pushdown() || table.options().anyVlan()) return filters;
    List<Filter> taken = new ArrayList<>();
    pushed = Pushdown.conjunction(filters, taken);
    pushedFilters = taken.toArray(Filter[]::new);
    return filters;
  }

  @Override
  public Filter[] pushedFilters() {
    return pushedFilters;
  }

  @Override
  public void pruneColumns(StructType required) {
    var out = new ArrayList<Columns>();
    for (StructField f : required.fields()) out.add(Columns.valueOf(f.name()));
    columns = out.toArray(Columns[]::new);
  }

  @Override
  public Scan build() {
    return table.scan(pushed, columns);
  }
}
