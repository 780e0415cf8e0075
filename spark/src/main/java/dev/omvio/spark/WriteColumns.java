package dev.omvio.spark;

import dev.omvio.image.Image;
import dev.omvio.image.PixelFormat;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.util.Locale;

/**
 * Where a written row keeps its frame: the positions of {@code width}, {@code height},
 * {@code pixformat}, {@code data}, {@code interval_us} and {@code image} in the data frame being
 * written (-1 for a column it lacks). A row's frame is its {@code data} if not null, otherwise its
 * {@code image} encoded in the row's {@code pixformat} (GRAYSCALE, RGB565 or PNG for 1, 3 or 4
 * channels when it has none).
 */
record WriteColumns(int width, int height, int pixformat, int data, int interval, int image) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * The columns of {@code schema}.
     *
     * @throws IllegalArgumentException if the schema holds no frame: neither {@code width},
     *     {@code height}, {@code pixformat} and {@code data} nor {@code image}, or a column of
     *     the wrong type
     */
    static WriteColumns of(StructType schema) {
        WriteColumns columns = new WriteColumns(
                index(schema, "width", DataTypes.IntegerType), index(schema, "height", DataTypes.IntegerType),
                index(schema, "pixformat", DataTypes.StringType), index(schema, "data", DataTypes.BinaryType),
                index(schema, "interval_us", DataTypes.LongType), index(schema, "image", FrameColumns.imageType()));
        boolean raw = columns.width >= 0 && columns.height >= 0 && columns.pixformat >= 0 && columns.data >= 0;
        if (!raw && columns.image < 0) {
            throw new IllegalArgumentException("the openmv source writes rows with the columns width, height,"
                    + " pixformat and data, or an image column in Spark's image schema; got " + schema.simpleString());
        }
        return columns;
    }

    private static int index(StructType schema, String name, org.apache.spark.sql.types.DataType type) {
        for (int i = 0; i < schema.fields().length; i++) {
            StructField field = schema.fields()[i];
            if (field.name().toLowerCase(Locale.ROOT).equals(name)) {
                if (!sameType(field.dataType(), type)) {
                    throw new IllegalArgumentException("column " + name + " must be " + type.simpleString()
                            + " to be written to a stream, got " + field.dataType().simpleString());
                }
                return i;
            }
        }
        return -1;
    }

    // Nullability does not matter: the image schema's fields are non-null in Spark's and may be nullable after a select.
    private static boolean sameType(org.apache.spark.sql.types.DataType actual, org.apache.spark.sql.types.DataType wanted) {
        return actual.asNullable().equals(wanted.asNullable());
    }

    /**
     * The frame of {@code row}.
     *
     * @throws IllegalArgumentException if the row holds no frame, or one the format does not allow
     */
    Image frame(InternalRow row) {
        PixelFormat format = pixformat >= 0 && !row.isNullAt(pixformat) ? PixelFormat.forName(row.getUTF8String(pixformat).toString()) : null;
        if (data >= 0 && !row.isNullAt(data)) {
            if (format == null || width < 0 || height < 0 || row.isNullAt(width) || row.isNullAt(height)) {
                throw new IllegalArgumentException("a row with data needs width, height and pixformat");
            }
            return Image.of(row.getInt(width), row.getInt(height), format, row.getBinary(data));
        }
        if (image >= 0 && !row.isNullAt(image)) {
            InternalRow picture = row.getStruct(image, 6);
            return SparkImages.fromRow(picture, format != null ? format : SparkImages.defaultFormat(picture.getInt(3)));
        }
        throw new IllegalArgumentException("a row has neither data nor image: no frame to write");
    }

    /** The row's {@code interval_us}, 0 without one. */
    long intervalMicros(InternalRow row) {
        return interval >= 0 && !row.isNullAt(interval) ? row.getLong(interval) : 0;
    }
}
