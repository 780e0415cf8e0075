package dev.omvio.spark;

import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.read.SupportsPushDownFilters;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.sources.Filter;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes the columns a query needs and its filters on {@code frame}, {@code time_us} and
 * {@code pixformat}. Every filter is also left to Spark to apply to the rows, so the source's
 * filtering only saves reading.
 */
final class OpenMvScanBuilder implements ScanBuilder, SupportsPushDownRequiredColumns, SupportsPushDownFilters {
    private final ReadOptions options;
    private StructType readSchema;
    private FramePredicate predicate = FramePredicate.ALL;
    private Filter[] pushed = new Filter[0];

    OpenMvScanBuilder(ReadOptions options, StructType schema) {
        this.options = options;
        this.readSchema = schema;
    }

    @Override
    public void pruneColumns(StructType requiredSchema) {
        readSchema = requiredSchema;
    }

    @Override
    public Filter[] pushFilters(Filter[] filters) {
        List<Filter> used = new ArrayList<>();
        for (Filter filter : filters) {
            if (FramePredicate.applies(filter)) {
                predicate = predicate.and(filter);
                used.add(filter);
            }
        }
        pushed = used.toArray(new Filter[0]);
        return filters;
    }

    @Override
    public Filter[] pushedFilters() {
        return pushed.clone();
    }

    @Override
    public Scan build() {
        return new OpenMvScan(options, readSchema, predicate);
    }
}
