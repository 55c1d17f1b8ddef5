package org.entente.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.entente.events.Event;
import org.entente.events.EventMention;
import org.entente.events.Standards;
import org.entente.export.EventJson;
import org.entente.export.EventRow;
import scala.Tuple2;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the merged events of a run: Parquet with exactly the columns of {@link EventRow}
 * ({@code export/columns.md}), and the JSON lines of {@link EventJson}, both in the Runner's order.
 */
public final class EventExport {
    private EventExport() {
    }

    /**
     * The Parquet schema: {@link EventRow#COLUMNS} named, typed after the record's components
     * (same order as {@link EventRow#values()}), so the two cannot drift apart.
     */
    public static StructType schema() {
        RecordComponent[] components = EventRow.class.getRecordComponents();
        if (components.length != EventRow.COLUMNS.size()) {
            throw new IllegalStateException("EventRow has " + components.length + " fields but "
                    + EventRow.COLUMNS.size() + " columns");
        }
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            fields.add(DataTypes.createStructField(EventRow.COLUMNS.get(i), type(components[i].getType()), true));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType type(Class<?> c) {
        if (c == String.class) {
            return DataTypes.StringType;
        } else if (c == double.class) {
            return DataTypes.DoubleType;
        } else if (c == int.class) {
            return DataTypes.IntegerType;
        } else if (c == long.class) {
            return DataTypes.LongType;
        }
        throw new IllegalStateException("no Parquet type for " + c);
    }

    /** The export rows, in event order. */
    public static Dataset<Row> rows(SparkSession spark, CorpusExtraction.Outcome outcome, int partitions) {
        JavaPairRDD<Long, String> indexed = outcome.events().zipWithIndex().mapToPair(t -> new Tuple2<>(t._2(), t._1().json()));
        // Each event needs the URL and date of its articles: joined by article id rather than
        // collected, since a corpus has far more articles than a driver should hold.
        JavaPairRDD<Long, Tuple2<String, Tuple2<String, String>>> docs = indexed
                .flatMapToPair(t -> {
                    Set<String> seen = new LinkedHashSet<>();
                    for (EventMention m : Codec.event(t._2()).mentions()) {
                        seen.add(m.doc());
                    }
                    List<Tuple2<String, Long>> out = new ArrayList<>();
                    seen.forEach(d -> out.add(new Tuple2<>(d, t._1())));
                    return out.iterator();
                })
                .join(outcome.sources(), partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())));
        JavaRDD<Row> rows = indexed.cogroup(docs, partitions)
                .sortByKey(true, partitions)
                .mapPartitions(it -> {
                    Standards standards = Standards.load();
                    List<Row> out = new ArrayList<>();
                    while (it.hasNext()) {
                        var t = it.next();
                        Map<String, EventRow.Source> sources = new HashMap<>();
                        for (Tuple2<String, Tuple2<String, String>> d : t._2()._2()) {
                            sources.put(d._1(), new EventRow.Source(d._2()._1(), d._2()._2()));
                        }
                        for (String json : t._2()._1()) {
                            Event e = Codec.event(json);
                            out.add(RowFactory.create(EventRow.of(e, standards, sources::get).values().toArray()));
                        }
                    }
                    return out.iterator();
                });
        return spark.createDataFrame(rows, schema());
    }

    public static void writeParquet(SparkSession spark, CorpusExtraction.Outcome outcome, int partitions, String dir) {
        rows(spark, outcome, partitions).write().mode(SaveMode.Overwrite).parquet(dir);
    }

    /** JSON lines of {@link EventJson}, as part files whose concatenation is in event order. */
    public static void writeJson(CorpusExtraction.Outcome outcome, String dir, Configuration conf) throws IOException {
        Path path = new Path(dir);
        path.getFileSystem(conf).delete(path, true); // as Parquet's overwrite mode: a rerun replaces its output
        outcome.events().mapPartitions(it -> {
            EventJson json = new EventJson();
            List<String> out = new ArrayList<>();
            while (it.hasNext()) {
                out.add(json.toJson(Codec.event(it.next().json())).toString());
            }
            return out.iterator();
        }).saveAsTextFile(dir);
    }
}
