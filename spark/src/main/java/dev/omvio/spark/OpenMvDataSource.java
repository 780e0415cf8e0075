package dev.omvio.spark;

import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

import java.util.Map;

/**
 * The {@code openmv} data source: OpenMV stream files as rows of frames.
 *
 * <pre>{@code
 * Dataset<Row> frames = spark.read().format("openmv").load("recordings/");
 * frames.filter("pixformat = 'JPEG'").write().format("openmv").mode("overwrite").save("jpeg-only/");
 * }</pre>
 *
 * <p>Rows have the columns {@code path}, {@code frame}, {@code offset}, {@code time_us},
 * {@code interval_us}, {@code width}, {@code height}, {@code pixformat} and {@code data}, and
 * with the option {@code decode} set to {@code true} an {@code image} column in Spark's image
 * schema. Spark finds this class by its entry in
 * {@code META-INF/services/org.apache.spark.sql.sources.DataSourceRegister}.
 */
public final class OpenMvDataSource implements TableProvider, DataSourceRegister {
    /** The name to give {@code format(...)}. */
    public static final String SHORT_NAME = "openmv";

    /** Creates the source; Spark does this. */
    public OpenMvDataSource() {
    }

    @Override
    public String shortName() {
        return SHORT_NAME;
    }

    /** The frame rows' schema, with the {@code image} column if the option {@code decode} is {@code true}. */
    @Override
    public StructType inferSchema(CaseInsensitiveStringMap options) {
        return FrameColumns.schema(ReadOptions.decodes(options.asCaseSensitiveMap()));
    }

    /**
     * Accepts the schema of the data frame being written, and for reading a schema naming some of
     * the source's columns.
     */
    @Override
    public boolean supportsExternalMetadata() {
        return true;
    }

    @Override
    public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
        return new OpenMvTable(schema, properties);
    }
}
