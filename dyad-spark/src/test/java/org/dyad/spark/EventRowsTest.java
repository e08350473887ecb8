package org.dyad.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.catalyst.encoders.RowEncoder;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Attribution;
import org.dyad.model.CameoCode;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Location;
import org.dyad.model.Mode;
import org.dyad.write.JsonLinesWriter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The row mapping on its own: no session, no cluster; Spark's encoder checks the values against the schema. */
class EventRowsTest {

    private static final Event FULL = new Event("e1", "a1", "https://example.org/a", "in/a.txt", 8,
            new EventDate("2020-09-14", "text"),
            new Actor(new ActorCode("BLRGOV"), "Alexander Lukashenko", "Lukashenko", "people"),
            new Actor(new ActorCode("RUS"), "Russia", "Moscow", "country"),
            new CameoCode("042"), 1, 1.9, "CONSULT", Mode.FUTURE, new Location("Sochi", "RUS", 43.6, 39.73),
            List.of(new Attribution("Bloomberg", "MED", false, false),
                    new Attribution("five unnamed sources", null, true, true)),
            "Lukashenko is traveling to Russia.", 0.8, "traveling", "verbs.txt:1 travel to TARGET");

    private static final Event SPARSE = new Event("e2", "a2", null, "-", 0, EventDate.unknown(),
            new Actor(new ActorCode("IGOUNO"), "United Nations", "the UN", null),
            new Actor(new ActorCode("UKRCVL"), "civilians", "civilians", null),
            new CameoCode("1823"), 4, -9.0, null, Mode.NEGATED, null, List.of(), null, 0.4, null, null);

    @Test
    void schema_hasOneColumnPerFieldOfTheJsonContract_inItsOrder() {
        assertThat(EventRows.SCHEMA.fieldNames()).containsExactlyElementsOf(flatNames(JsonLinesWriter.toJson(FULL)));
    }

    @Test
    void row_givesBackTheEventTheJsonContractShows() {
        for (Event e : List.of(FULL, SPARSE)) {
            assertThat(JsonLinesWriter.toJson(EventRows.fromRow(EventRows.toRow(e)))).isEqualTo(JsonLinesWriter.toJson(e));
        }
    }

    @Test
    void row_flattensActorsAndPlace_andLeavesAbsentOnesNull() {
        Row full = EventRows.toRow(FULL);
        assertThat(full.<String>getAs("source_country")).isEqualTo("BLR");
        assertThat(full.<String>getAs("source_role")).isEqualTo("GOV");
        assertThat(full.<String>getAs("target_text")).isEqualTo("Moscow");
        assertThat(full.<String>getAs("cameo_root")).isEqualTo("04");
        assertThat(full.<String>getAs("mode")).isEqualTo("future");
        assertThat(full.<Double>getAs("location_lon")).isEqualTo(39.73);
        assertThat(full.<Row>getList(full.fieldIndex("attribution"))).extracting(a -> a.getString(0) + "/" + a.getBoolean(3))
                .containsExactly("Bloomberg/false", "five unnamed sources/true");

        Row sparse = EventRows.toRow(SPARSE);
        assertThat(sparse.<String>getAs("source_country")).isNull();
        assertThat(sparse.<String>getAs("source_role")).isEqualTo("IGO");
        assertThat(sparse.<String>getAs("date")).isNull();
        assertThat(sparse.<String>getAs("date_source")).isEqualTo("unknown");
        assertThat(sparse.isNullAt(sparse.fieldIndex("location_lat"))).isTrue();
        assertThat(sparse.<Row>getList(sparse.fieldIndex("attribution"))).isEmpty();
    }

    @Test
    void row_passesSparksEncoderForTheSchema_bothWays() {
        ExpressionEncoder<Row> encoder = ExpressionEncoder.apply(RowEncoder.encoderFor(EventRows.SCHEMA));
        ExpressionEncoder<Row> bound = encoder.resolveAndBind(encoder.resolveAndBind$default$1(), encoder.resolveAndBind$default$2());
        for (Event e : List.of(FULL, SPARSE)) {
            InternalRow internal = bound.createSerializer().apply(EventRows.toRow(e));
            Row back = bound.createDeserializer().apply(internal);
            Row withSchema = new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(
                    rowValues(back), EventRows.SCHEMA);
            assertThat(JsonLinesWriter.toJson(EventRows.fromRow(withSchema))).isEqualTo(JsonLinesWriter.toJson(e));
        }
    }

    @Test
    void nameOf_givesFilesBelowAnInputTheNameTheUserGaveIt() {
        assertThat(ArticleInputs.nameOf("file:/work/demo/articles/a.txt", "demo/articles", "file:/work/demo/articles"))
                .isEqualTo("demo/articles/a.txt");
        assertThat(ArticleInputs.nameOf("file:///work/demo/articles/a.txt", "demo/articles", "file:/work/demo/articles"))
                .isEqualTo("demo/articles/a.txt");
        assertThat(ArticleInputs.nameOf("hdfs://nn/x/a.txt", "/x/*.txt", "hdfs://nn/x/*.txt")).isEqualTo("hdfs://nn/x/a.txt");
    }

    private static Object[] rowValues(Row r) {
        Object[] values = new Object[r.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = r.get(i);
        }
        return values;
    }

    /** "source": {"code": …} → "source_code"; arrays stay one field. */
    private static List<String> flatNames(ObjectNode json) {
        List<String> names = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getValue().isObject()) {
                f.getValue().fieldNames().forEachRemaining(inner -> names.add(f.getKey() + "_" + inner));
            } else {
                names.add(f.getKey());
            }
        }
        return names;
    }
}
