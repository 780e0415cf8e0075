package dev.omvio.spark;

import org.apache.spark.sql.connector.write.BatchWrite;
import org.apache.spark.sql.connector.write.LogicalWriteInfo;
import org.apache.spark.sql.connector.write.SupportsTruncate;
import org.apache.spark.sql.connector.write.Write;
import org.apache.spark.sql.connector.write.WriteBuilder;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.net.URI;

/**
 * Builds the write of a data frame into a folder: mode {@code append} adds files beside those
 * there, mode {@code overwrite} ({@link #truncate()}) also removes the {@code part-*.bin} files a
 * previous write left once the new ones are in place.
 */
final class StreamWriteBuilder implements WriteBuilder, SupportsTruncate {
    private final LogicalWriteInfo info;
    private boolean truncate;

    StreamWriteBuilder(LogicalWriteInfo info) {
        this.info = info;
    }

    @Override
    public WriteBuilder truncate() {
        truncate = true;
        return this;
    }

    @Override
    public Write build() {
        WriteColumns columns = WriteColumns.of(info.schema());
        String given = info.options().get("path");
        if (given == null) {
            throw new IllegalArgumentException("no path given: use df.write().format(\"openmv\").mode(\"overwrite\").save(\"dir/\")");
        }
        Path folder = folder(given);
        String queryId = info.queryId();
        boolean overwrite = truncate;
        return new Write() {
            @Override
            public BatchWrite toBatch() {
                return new StreamBatchWrite(folder, queryId, columns, overwrite);
            }

            @Override
            public String description() {
                return "openmv " + folder;
            }
        };
    }

    private static Path folder(String given) {
        URI uri = new org.apache.hadoop.fs.Path(given).toUri();
        if (uri.getScheme() != null && !uri.getScheme().equals("file")) {
            throw new IllegalArgumentException("the openmv source writes to local or mounted file systems (file:), not "
                    + uri.getScheme() + ": " + given);
        }
        return Paths.get(uri.getPath()).toAbsolutePath();
    }
}
