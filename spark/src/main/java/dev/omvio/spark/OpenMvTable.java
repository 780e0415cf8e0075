package dev.omvio.spark;

import org.apache.spark.sql.connector.catalog.Column;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.SupportsWrite;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.write.LogicalWriteInfo;
import org.apache.spark.sql.connector.write.WriteBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The stream files at a path: read as frame rows, written one stream file per partition. */
final class OpenMvTable implements SupportsRead, SupportsWrite {
    private final StructType schema;
    private final Map<String, String> properties;

    OpenMvTable(StructType schema, Map<String, String> properties) {
        this.schema = schema;
        this.properties = Map.copyOf(properties);
    }

    @Override
    public String name() {
        return "openmv " + properties.getOrDefault("path", properties.getOrDefault("paths", ""));
    }

    @Override
    public Column[] columns() {
        return Arrays.stream(schema.fields())
                .map(field -> Column.create(field.name(), field.dataType(), field.nullable()))
                .toArray(Column[]::new);
    }

    @Override
    public Set<TableCapability> capabilities() {
        return EnumSet.of(TableCapability.BATCH_READ, TableCapability.BATCH_WRITE, TableCapability.TRUNCATE);
    }

    @Override
    public ScanBuilder newScanBuilder(CaseInsensitiveStringMap options) {
        for (String column : schema.fieldNames()) {
            FrameColumns.named(column); // a schema given to the reader may only name the source's columns
        }
        return new OpenMvScanBuilder(ReadOptions.of(options.asCaseSensitiveMap()), schema);
    }

    @Override
    public WriteBuilder newWriteBuilder(LogicalWriteInfo info) {
        return new StreamWriteBuilder(info);
    }
}
