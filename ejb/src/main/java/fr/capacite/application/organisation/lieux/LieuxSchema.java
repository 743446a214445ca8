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
 * The published Table Schema, read from the resources module at first use. Only the parts rows are
 * checked against are kept: field order, type, "required" and "pattern". Written here rather than
 * taken from tableschema-java, which would bring a second JSON stack for these four properties.
 */
public final class LieuxSchema {

  static final String RESOURCE = "fr/capacite/organisation/lieux-mediation-numerique-schema.json";

  /** One column of the schema. */
  public record Field(String name, String type, boolean required, Pattern pattern) {}

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
      for (JsonValue v : reader.readObject().getJsonArray("fields")) {
        JsonObject f = v.asJsonObject();
        JsonObject c =
            f.containsKey("constraints")
                ? f.getJsonObject("constraints")
                : JsonValue.EMPTY_JSON_OBJECT;
        fields.add(
            new Field(
                f.getString("name"),
                f.getString("type", "string"),
                c.containsKey("required") && c.get("required") == JsonValue.TRUE,
                c.containsKey("pattern") ? Pattern.compile(c.getString("pattern")) : null));
      }
      return new LieuxSchema(fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
