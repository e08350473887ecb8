package org.dyad.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Attribution;
import org.dyad.model.CameoCode;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Location;
import org.dyad.model.Mode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An {@link Event} as a Spark row: one column per field of the JSON contract, the nested objects
 * flattened ({@code source.code} → {@code source_code}, {@code location.lat} → {@code location_lat}),
 * the attribution chain an array of structs. Spark's bean encoders want JavaBeans, which the model's
 * records are not, so the schema is written out here.
 */
final class EventRows {

    static final StructType ATTRIBUTION = new StructType(new StructField[] {
            field("name", DataTypes.StringType),
            field("kind", DataTypes.StringType),
            DataTypes.createStructField("anonymous", DataTypes.BooleanType, false),
            DataTypes.createStructField("inferred", DataTypes.BooleanType, false)});

    static final StructType SCHEMA = new StructType(new StructField[] {
            DataTypes.createStructField("event_id", DataTypes.StringType, false),
            DataTypes.createStructField("article_id", DataTypes.StringType, false),
            field("url", DataTypes.StringType),
            DataTypes.createStructField("input", DataTypes.StringType, false),
            DataTypes.createStructField("sentence", DataTypes.IntegerType, false),
            field("date", DataTypes.StringType),
            DataTypes.createStructField("date_source", DataTypes.StringType, false),
            DataTypes.createStructField("source_code", DataTypes.StringType, false),
            field("source_country", DataTypes.StringType),
            field("source_role", DataTypes.StringType),
            field("source_name", DataTypes.StringType),
            field("source_text", DataTypes.StringType),
            DataTypes.createStructField("target_code", DataTypes.StringType, false),
            field("target_country", DataTypes.StringType),
            field("target_role", DataTypes.StringType),
            field("target_name", DataTypes.StringType),
            field("target_text", DataTypes.StringType),
            DataTypes.createStructField("cameo", DataTypes.StringType, false),
            DataTypes.createStructField("cameo_root", DataTypes.StringType, false),
            DataTypes.createStructField("quad_class", DataTypes.IntegerType, false),
            DataTypes.createStructField("goldstein", DataTypes.DoubleType, false),
            field("plover", DataTypes.StringType),
            DataTypes.createStructField("mode", DataTypes.StringType, false),
            field("location_name", DataTypes.StringType),
            field("location_country", DataTypes.StringType),
            field("location_lat", DataTypes.DoubleType),
            field("location_lon", DataTypes.DoubleType),
            DataTypes.createStructField("attribution", DataTypes.createArrayType(ATTRIBUTION, false), false),
            field("evidence", DataTypes.StringType),
            DataTypes.createStructField("confidence", DataTypes.DoubleType, false),
            field("trigger", DataTypes.StringType),
            field("rule", DataTypes.StringType)});

    private EventRows() {
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    static Row toRow(Event e) {
        Location loc = e.location();
        List<Row> chain = new ArrayList<>();
        for (Attribution a : e.attribution()) {
            chain.add(new GenericRowWithSchema(new Object[] {a.name(), a.kind(), a.anonymous(), a.inferred()}, ATTRIBUTION));
        }
        return new GenericRowWithSchema(new Object[] {e.eventId(), e.articleId(), e.url(), e.input(), e.sentence(),
                e.date().value(), e.date().source(),
                e.source().code().value(), e.source().country(), e.source().role(), e.source().name(), e.source().text(),
                e.target().code().value(), e.target().country(), e.target().role(), e.target().name(), e.target().text(),
                e.cameo().value(), e.cameo().root(), e.quadClass(), e.goldstein(), e.plover(), e.mode().label(),
                loc == null ? null : loc.name(), loc == null ? null : loc.country(),
                loc == null ? null : loc.lat(), loc == null ? null : loc.lon(),
                scala.jdk.javaapi.CollectionConverters.asScala(chain).toSeq(), e.evidence(), e.confidence(), e.trigger(), e.rule()}, SCHEMA);
    }

    /**
     * The event a row holds, as far as the contract carries it: how an actor was resolved (for
     * --explain) is not a column, so it comes back null.
     */
    static Event fromRow(Row r) {
        List<Attribution> chain = new ArrayList<>();
        for (Row a : r.<Row>getList(r.fieldIndex("attribution"))) {
            chain.add(new Attribution(a.getString(0), a.getString(1), a.getBoolean(2), a.getBoolean(3)));
        }
        Location location = r.isNullAt(r.fieldIndex("location_lat")) && r.isNullAt(r.fieldIndex("location_name"))
                ? null
                : new Location(string(r, "location_name"), string(r, "location_country"),
                r.getDouble(r.fieldIndex("location_lat")), r.getDouble(r.fieldIndex("location_lon")));
        return new Event(string(r, "event_id"), string(r, "article_id"), string(r, "url"), string(r, "input"),
                r.getInt(r.fieldIndex("sentence")), new EventDate(string(r, "date"), string(r, "date_source")),
                actor(r, "source"), actor(r, "target"), new CameoCode(string(r, "cameo")),
                r.getInt(r.fieldIndex("quad_class")), r.getDouble(r.fieldIndex("goldstein")), string(r, "plover"),
                Mode.valueOf(string(r, "mode").toUpperCase(Locale.ROOT)), location, chain, string(r, "evidence"),
                r.getDouble(r.fieldIndex("confidence")), string(r, "trigger"), string(r, "rule"));
    }

    private static Actor actor(Row r, String side) {
        return new Actor(new ActorCode(string(r, side + "_code")), string(r, side + "_name"), string(r, side + "_text"), null);
    }

    private static String string(Row r, String column) {
        int i = r.fieldIndex(column);
        return r.isNullAt(i) ? null : r.getString(i);
    }
}
