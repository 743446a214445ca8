package fr.capacite.application.organisation.lieux;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The published Table Schema, read from the resources module at first use, with every field
 * constraint Table Schema defines: required, unique, minLength, maxLength, pattern, enum, minimum
 * and maximum, and the field's type and format. Rows are checked against what the published file
 * says, whatever it says: nothing is copied by hand. Read here because the Java implementation
 * (frictionlessdata's tableschema-java) is released only on JitPack, which this build cannot reach.
 */
public final class LieuxSchema {

  static final String RESOURCE = "fr/capacite/organisation/lieux-mediation-numerique-schema.json";

  /** One column of the schema and its constraints (null where the schema sets none). */
  public record Field(
      String name,
      String type,
      String format,
      boolean required,
      boolean unique,
      boolean primaryKey,
      Pattern pattern,
      Integer minLength,
      Integer maxLength,
      List<String> values,
      java.math.BigDecimal minimum,
      java.math.BigDecimal maximum) {}

  private static volatile LieuxSchema instance;

  private final List<Field> fields;

  private LieuxSchema(List<Field> fields) {
    this.fields = List.copyOf(fields);
  }

  public static LieuxSchema get() {
    LieuxSchema s = instance;
    if (s == null) {
      s = load();
      instance = s;
    }
    return s;
  }

  private static LieuxSchema load() {
    try (InputStream in = LieuxSchema.class.getClassLoader().getResourceAsStream(RESOURCE);
        var reader = Json.createReader(in)) {
      List<Field> fields = new ArrayList<>();
      JsonObject schema = reader.readObject();
      // primaryKey is a field name or a list of them; its fields are unique by definition
      JsonValue pk = schema.get("primaryKey");
      List<String> primaryKey =
          pk == null
              ? List.of()
              : pk instanceof jakarta.json.JsonArray a
                  ? a.stream().map(LieuxSchema::text).toList()
                  : List.of(text(pk));
      for (JsonValue v : schema.getJsonArray("fields")) {
        JsonObject f = v.asJsonObject();
        JsonObject c =
            f.containsKey("constraints")
                ? f.getJsonObject("constraints")
                : JsonValue.EMPTY_JSON_OBJECT;
        fields.add(
            new Field(
                f.getString("name"),
                f.getString("type", "string"),
                f.getString("format", "default"),
                c.get("required") == JsonValue.TRUE,
                c.get("unique") == JsonValue.TRUE || primaryKey.contains(f.getString("name")),
                primaryKey.contains(f.getString("name")),
                c.containsKey("pattern") ? Pattern.compile(c.getString("pattern")) : null,
                c.containsKey("minLength") ? c.getInt("minLength") : null,
                c.containsKey("maxLength") ? c.getInt("maxLength") : null,
                c.containsKey("enum")
                    ? c.getJsonArray("enum").stream().map(LieuxSchema::text).toList()
                    : null,
                c.containsKey("minimum") ? new java.math.BigDecimal(text(c.get("minimum"))) : null,
                c.containsKey("maximum")
                    ? new java.math.BigDecimal(text(c.get("maximum")))
                    : null));
      }
      return new LieuxSchema(fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonValue v) {
    return v instanceof jakarta.json.JsonString js ? js.getString() : v.toString();
  }

  public List<Field> fields() {
    return fields;
  }

  public List<String> names() {
    return fields.stream().map(Field::name).toList();
  }

  public Optional<Field> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
