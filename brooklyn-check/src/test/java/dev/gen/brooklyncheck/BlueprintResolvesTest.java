package dev.gen.brooklyncheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.brooklyn.api.entity.Application;
import org.apache.brooklyn.api.entity.Entity;
import org.apache.brooklyn.api.entity.EntitySpec;
import org.apache.brooklyn.api.typereg.RegisteredType;
import org.apache.brooklyn.config.ConfigKey;
import org.apache.brooklyn.core.entity.Entities;
import org.apache.brooklyn.core.entity.EntityInternal;
import org.apache.brooklyn.util.core.task.DeferredSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every blueprint and catalog gen generates (the example projects and a hostile one, both styles) resolves with
 * Brooklyn 1.1.0's CAMP resolver into entity specs that use no key their types do not declare, instantiates
 * (constructors, coercion, constraints), and names only entities that exist.
 */
class BlueprintResolvesTest {

  private static final Pattern ENTITY_REF = Pattern.compile("\\$brooklyn:entity\\(\"([^\"]*)\"\\)");

  private static Brooklyn brooklyn;
  private static Map<String, String> corpus;

  @BeforeAll
  static void start() {
    corpus = new TreeMap<>(Gen.corpus());
    brooklyn = new Brooklyn();
  }

  @AfterAll
  static void stop() {
    if (brooklyn != null) {
      brooklyn.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> blueprints() {
    assertFalse(corpus.isEmpty(), "gen generated nothing");
    List<DynamicTest> tests = new ArrayList<>();
    corpus.forEach((name, text) -> {
      if (name.endsWith(".yaml")) {
        tests.add(DynamicTest.dynamicTest(name, () -> checkBlueprint(name, text)));
      } else if (name.endsWith("catalog.bom")) {
        tests.add(DynamicTest.dynamicTest(name, () -> checkCatalog(name, text)));
      }
    });
    assertEquals(20, tests.size(), "5 projects x 2 styles x (blueprint + catalog)");
    return tests.stream();
  }

  private static void checkBlueprint(String name, String yaml) {
    EntitySpec<? extends Application> spec = brooklyn.spec(yaml);
    KeyChecker keys = new KeyChecker();
    spec.getChildren().forEach(child -> keys.check(child, name + " > " + child.getDisplayName()));
    assertTrue(keys.specsChecked() > 0, "no entity spec in " + name);
    checkReferencesExist(name, yaml);
    Application app = brooklyn.createUnstarted(spec);
    try {
      keys.checkMemberSpecs(app, name);
      assertEquals(List.of(), keys.problems(), "undeclared keys");
      assertEquals(List.of(), unresolvableEntityReferences(app), "DSL that names a missing entity");
    } finally {
      Entities.unmanage(app);
    }
  }

  private static void checkCatalog(String name, String bom) {
    List<RegisteredType> added = new ArrayList<>();
    assertEquals(List.of(), brooklyn.addCatalog(bom, added), "catalog problems in " + name);
    assertFalse(added.isEmpty(), "no catalog items in " + name);
    KeyChecker keys = new KeyChecker();
    for (RegisteredType type : added) {
      EntitySpec<?> spec = brooklyn.spec(type);
      String where = name + " item " + type.getId();
      if (Application.class.isAssignableFrom(spec.getType())) {
        spec.getChildren().forEach(child -> keys.check(child, where + " > " + child.getDisplayName()));
        @SuppressWarnings("unchecked")
        Application app = brooklyn.createUnstarted((EntitySpec<? extends Application>) spec);
        try {
          keys.checkMemberSpecs(app, where);
          assertEquals(List.of(), unresolvableEntityReferences(app), "DSL that names a missing entity");
        } finally {
          Entities.unmanage(app);
        }
      } else {
        keys.check(spec, where);
      }
    }
    assertEquals(List.of(), keys.problems(), "undeclared keys");
    checkReferencesExist(name, bom);
  }

  /** Every {@code $brooklyn:entity("x")} in the text names an entity id of the same text. */
  private static void checkReferencesExist(String name, String text) {
    Set<String> ids = new LinkedHashSet<>();
    collectEntityIds(new org.yaml.snakeyaml.Yaml().load(text), ids);
    Matcher ref = ENTITY_REF.matcher(text);
    while (ref.find()) {
      assertTrue(ids.contains(ref.group(1)), name + " names entity '" + ref.group(1) + "', which is not one of "
          + ids);
    }
  }

  /** The {@code id} of every entity spec (a map with a {@code type}) in a parsed plan; catalog items excluded. */
  private static void collectEntityIds(Object node, Set<String> ids) {
    if (node instanceof Map<?, ?> m) {
      if (m.get("id") instanceof String id && m.containsKey("type") && !m.containsKey("itemType")) {
        ids.add(id);
      }
      m.values().forEach(v -> collectEntityIds(v, ids));
    } else if (node instanceof List<?> l) {
      l.forEach(v -> collectEntityIds(v, ids));
    }
  }

  /**
   * Resolves every DSL value of every instantiated entity without waiting, and collects the ones that fail
   * because the entity they name does not exist (sensors that are not published yet are normal before
   * deployment).
   */
  private static List<String> unresolvableEntityReferences(Application app) {
    List<String> problems = new ArrayList<>();
    for (Entity e : descendants(app)) {
      EntityInternal entity = (EntityInternal) e;
      for (Map.Entry<ConfigKey<?>, Object> c : entity.config().getInternalConfigMap().getAllConfigLocalRaw()
          .entrySet()) {
        if (!holdsDeferred(c.getValue())) {
          continue;
        }
        try {
          entity.config().getNonBlocking(c.getKey());
        } catch (RuntimeException ex) {
          for (Throwable t = ex; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("No entity matching id")) {
              problems.add(e.getDisplayName() + " " + c.getKey().getName() + ": " + t.getMessage());
              break;
            }
          }
        }
      }
    }
    return problems;
  }

  private static boolean holdsDeferred(Object value) {
    if (value instanceof DeferredSupplier<?>) {
      return true;
    }
    if (value instanceof Map<?, ?> m) {
      return m.values().stream().anyMatch(BlueprintResolvesTest::holdsDeferred);
    }
    if (value instanceof Iterable<?> i) {
      for (Object o : i) {
        if (holdsDeferred(o)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Entity> descendants(Entity root) {
    List<Entity> out = new ArrayList<>();
    out.add(root);
    for (Entity child : root.getChildren()) {
      out.addAll(descendants(child));
    }
    return out;
  }
}
