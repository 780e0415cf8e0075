package dev.omvio.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.Locale;

/** The columns of a frame row, in the order of the schema {@link #schema(boolean)} gives. */
enum FrameColumns {
    PATH("path", DataTypes.StringType, false),
    FRAME("frame", DataTypes.IntegerType, false),
    OFFSET("offset", DataTypes.LongType, false),
    TIME_US("time_us", DataTypes.LongType, false),
    INTERVAL_US("interval_us", DataTypes.LongType, false),
    WIDTH("width", DataTypes.IntegerType, false),
    HEIGHT("height", DataTypes.IntegerType, false),
    PIXFORMAT("pixformat", DataTypes.StringType, false),
    // Null for a frame whose pixels cannot be read (an ARGB8 frame: the camera stores none) in PERMISSIVE mode.
    DATA("data", DataTypes.BinaryType, true),
    IMAGE("image", imageType(), true);

    private final String columnName;
    private final DataType type;
    private final boolean nullable;

    FrameColumns(String columnName, DataType type, boolean nullable) {
        this.columnName = columnName;
        this.type = type;
        this.nullable = nullable;
    }

    String columnName() {
        return columnName;
    }

    StructField field() {
        return DataTypes.createStructField(columnName, type, nullable);
    }

    /** The rows' schema: every column, the {@code image} column only if frames are decoded. */
    static StructType schema(boolean decode) {
        StructType schema = new StructType();
        for (FrameColumns column : values()) {
            if (column != IMAGE || decode) {
                schema = schema.add(column.field());
            }
        }
        return schema;
    }

    /**
     * The column called {@code name} (ignoring case, as Spark resolves names by default).
     *
     * @throws IllegalArgumentException if no frame column has that name
     */
    static FrameColumns named(String name) {
        for (FrameColumns column : values()) {
            if (column.columnName.equalsIgnoreCase(name)) {
                return column;
            }
        }
        throw new IllegalArgumentException("the openmv source has no column '" + name + "'; its columns are "
                + String.join(", ", schema(true).fieldNames()).toLowerCase(Locale.ROOT));
    }

    /**
     * Spark's image column type, field for field as {@code org.apache.spark.ml.image.ImageSchema.columnSchema}
     * (spark-mllib, which this module does not need): origin, height, width, nChannels, mode, data.
     */
    static StructType imageType() {
        return new StructType()
                .add("origin", DataTypes.StringType, true)
                .add("height", DataTypes.IntegerType, false)
                .add("width", DataTypes.IntegerType, false)
                .add("nChannels", DataTypes.IntegerType, false)
                .add("mode", DataTypes.IntegerType, false)
                .add("data", DataTypes.BinaryType, false);
    }
}
