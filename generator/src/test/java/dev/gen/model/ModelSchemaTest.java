package dev.gen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.testing.Fixtures;
import dev.gen.yaml.YJson;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The schema describes exactly the model's records, strictly, and the validator enforces it. */
class ModelSchemaTest {

  /** Lists where null means something else than empty (the image's own entrypoint and command). */
  private static final Set<String> NULLABLE_LISTS = Set.of("service.entrypoint", "service.command");

  private static JsonNode schema() throws IOException {
    return YJson.MAPPER.readTree(
        Files.readString(Fixtures.repositoryRoot().resolve("schemas/service-model.schema.json")));
  }

  /** The records reachable from Project, in discovery order. */
  private static Set<Class<?>> modelRecords() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    List<Class<?>> todo = new ArrayList<>(List.of(Project.class));
    while (!todo.isEmpty()) {
      Class<?> c = todo.remove(0);
      if (!seen.add(c)) {
        continue;
      }
      for (RecordComponent rc : c.getRecordComponents()) {
        for (Class<?> t : typesIn(rc.getGenericType())) {
          if (t.isRecord() && t.getPackageName().equals("dev.gen.model")) {
            todo.add(t);
          }
        }
      }
    }
    return seen;
  }

  private static List<Class<?>> typesIn(Type type) {
    List<Class<?>> out = new ArrayList<>();
    if (type instanceof Class<?> c) {
      out.add(c);
    } else if (type instanceof ParameterizedType p) {
      out.add((Class<?>) p.getRawType());
      for (Type arg : p.getActualTypeArguments()) {
        out.addAll(typesIn(arg));
      }
    }
    return out;
  }

  private static String defName(Class<?> record) {
    String simple = record.getSimpleName();
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  @Test
  void describesEveryRecordComponentAndNothingElse() throws IOException {
    JsonNode defs = schema().get("$defs");
    Set<String> recordDefs = new TreeSet<>();
    for (Class<?> record : modelRecords()) {
      String name = defName(record);
      recordDefs.add(name);
      JsonNode def = defs.get(name);
      assertTrue(def != null, "no $defs/" + name + " for " + record.getName());
      Set<String> components = new TreeSet<>();
      for (RecordComponent rc : record.getRecordComponents()) {
        components.add(rc.getName());
        JsonNode property = def.get("properties").get(rc.getName());
        assertTrue(property != null, name + "." + rc.getName() + " missing from the schema");
        Class<?> type = rc.getType();
        boolean alwaysPresent = type.isPrimitive() || List.class.isAssignableFrom(type)
            || Map.class.isAssignableFrom(type);
        if (NULLABLE_LISTS.contains(name + "." + rc.getName())) {
          alwaysPresent = false;
          assertFalse(required(def).contains(rc.getName()), name + "." + rc.getName() + " may be absent");
        }
        if (alwaysPresent) {
          assertTrue(required(def).contains(rc.getName()), name + "." + rc.getName() + " must be required");
        }
        if (type.isEnum()) {
          assertEquals(enumNames(type), new TreeSet<>(strings(property.get("enum"))), name + "." + rc.getName());
        }
      }
      assertEquals(components, new TreeSet<>(def.get("properties").propertyNames()), name + " properties");
      assertTrue(components.containsAll(required(def)), name + ": required names a missing property");
    }
    Set<String> allDefs = new TreeSet<>(defs.propertyNames());
    allDefs.removeAll(recordDefs);
    assertEquals(Set.of("duration", "location"), allDefs, "schema definitions that are no record");
  }

  @Test
  void isStrictAndDescribesEveryProperty() throws IOException {
    List<String> problems = new ArrayList<>();
    walk(schema(), "", problems);
    assertEquals(List.of(), problems);
  }

  private static void walk(JsonNode node, String path, List<String> problems) {
    if (node instanceof ObjectNode obj) {
      if (obj.has("properties")) {
        if (!obj.path("additionalProperties").isBoolean() || obj.get("additionalProperties").booleanValue()) {
          problems.add(path + ": additionalProperties must be false");
        }
        for (var e : obj.get("properties").properties()) {
          if (!e.getValue().has("description")) {
            problems.add(path + "/properties/" + e.getKey() + ": no description");
          }
        }
      }
      for (var e : obj.properties()) {
        walk(e.getValue(), path + "/" + e.getKey(), problems);
      }
    } else if (node instanceof ArrayNode arr) {
      for (int i = 0; i < arr.size(); i++) {
        walk(arr.get(i), path + "/" + i, problems);
      }
    }
  }

  @Test
  void theValidatorRejectsWhatTheSchemaForbids() {
    ModelValidator validator = new ModelValidator();
    ObjectNode valid = (ObjectNode) ModelJson.toJson(ModelJsonTest.sample());
    assertEquals(List.of(), validator.validate(valid));

    ObjectNode extra = valid.deepCopy();
    extra.put("unexpected", true);
    assertFalse(validator.validate(extra).isEmpty(), "an unknown property");

    ObjectNode missing = valid.deepCopy();
    missing.remove("services");
    assertFalse(validator.validate(missing).isEmpty(), "a missing required property");

    ObjectNode badEnum = valid.deepCopy();
    ((ObjectNode) badEnum.get("services").get(0).get("restart")).put("condition", "ON_FAILURE");
    assertFalse(validator.validate(badEnum).isEmpty(), "an enum value in the wrong case");

    ObjectNode badDuration = valid.deepCopy();
    ((ObjectNode) badDuration.get("services").get(1).get("healthcheck")).put("interval", "PT30S");
    List<String> errors = validator.validate(badDuration);
    assertFalse(errors.isEmpty(), "an ISO duration");
    assertTrue(errors.get(0).contains("/services/1/healthcheck/interval"), errors.get(0));
  }

  private static Set<String> required(JsonNode def) {
    return new TreeSet<>(strings(def.get("required")));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  private static Set<String> enumNames(Class<?> type) {
    Set<String> names = new TreeSet<>();
    Arrays.stream(type.getEnumConstants()).forEach(c -> names.add(((Enum<?>) c).name().toLowerCase(Locale.ROOT)));
    return names;
  }
}
