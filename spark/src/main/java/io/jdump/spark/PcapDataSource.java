package io.jdump.spark;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SQLContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.BaseRelation;
import org.apache.spark.sql.sources.CreatableRelationProvider;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The {@code pcap} data source: {@code spark.read().format("pcap")} reads pcap and pcapng files
 * through jdump's readers, filter compiler and JIT; {@code df.write().format("pcap").save(dir)}
 * writes one pcap per partition.
 *
 * <pre>{@code
 * Dataset<Row> web = spark.read().format("pcap").option("filter", "tcp port 80").load("captures/");
 * web.groupBy("dst").count().show();
 * web.write().format("pcap").save("out/");
 * }</pre>
 *
 * <p>Writing goes through Spark's file-source path ({@link CreatableRelationProvider}), which
 * is the one that honours every {@link SaveMode} for a source that is not a catalog.
 */
public final class PcapDataSource implements TableProvider, DataSourceRegister, CreatableRelationProvider {
  @Override
  public String shortName() {
    return "pcap";
  }

  @Override
  public StructType inferSchema(CaseInsensitiveStringMap options) {
    return Columns.SCHEMA;
  }

  @Override
  public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
    return new PcapTable(properties);
  }

  @Override
  public BaseRelation createRelation(SQLContext sqlContext, SaveMode mode,
      scala.collection.immutable.Map<String, String> parameters, Dataset<Row> data) {
    Map<String, String> options = CollectionConverters.asJava(parameters);
    PcapSave.save(sqlContext.sparkSession(), mode, options, data);
    return new WrittenRelation(sqlContext, data.schema());
  }

  /** What Spark's write path wants back; nothing reads it. */
  private static final class WrittenRelation extends BaseRelation {
    private final SQLContext context;
    private final StructType schema;

    WrittenRelation(SQLContext context, StructType schema) {
      this.context = context;
      this.schema = schema;
    }

    @Override
    public SQLContext sqlContext() {
      return context;
    }

    @Override
    public StructType schema() {
      return schema;
    }
  }
}
