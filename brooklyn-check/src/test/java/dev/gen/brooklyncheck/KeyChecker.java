package dev.gen.brooklyncheck;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.brooklyn.api.entity.Entity;
import org.apache.brooklyn.api.entity.EntityInitializer;
import org.apache.brooklyn.api.entity.EntitySpec;
import org.apache.brooklyn.api.entity.ImplementedBy;
import org.apache.brooklyn.api.internal.AbstractBrooklynObjectSpec;
import org.apache.brooklyn.api.objs.SpecParameter;
import org.apache.brooklyn.config.ConfigKey;
import org.apache.brooklyn.config.ConfigKey.HasConfigKey;
import org.apache.brooklyn.core.objs.BrooklynTypes;
import org.apache.brooklyn.entity.group.DynamicCluster;
import org.apache.brooklyn.entity.software.base.SoftwareProcess;
import org.apache.brooklyn.util.core.config.ConfigBag;
import org.apache.brooklyn.util.core.flags.SetFromFlag;

/**
 * Finds the keys Brooklyn would accept and then ignore: every config key and flag of an entity spec (and of its
 * policies, enrichers, initializers, children and cluster member specs) must be declared by its type (config
 * keys of the type and of its implementation, {@code @SetFromFlag} names) or by the spec's
 * {@code brooklyn.parameters}. Brooklyn stores an undeclared key silently (reference §1.3).
 */
final class KeyChecker {

  /**
   * Keys Brooklyn's CAMP resolver itself puts on every spec: the plan id that {@code $brooklyn:entity} finds, and
   * the catalog item a spec came from.
   */
  private static final Set<String> RESOLVER_KEYS = Set.of("camp.plan.id", "camp.template.id");

  /**
   * {@code latch.provision} is not declared by {@code SoftwareProcess} in 1.1.0, yet the start lifecycle reads it
   * ({@code MachineLifecycleEffectorTasks$ProvisionMachineTask} gets {@code BrooklynConfigKeys.PROVISION_LATCH}
   * before it obtains the machine), so it is honoured on every software process; it is the only latch that holds
   * back a {@code DockerContainer}, whose container is created while the machine is obtained.
   */
  private static final String PROVISION_LATCH = "latch.provision";

  private final List<String> problems = new ArrayList<>();
  private int specsChecked;

  List<String> problems() {
    return problems;
  }

  int specsChecked() {
    return specsChecked;
  }

  /** Checks a spec and everything below it; {@code where} names it in messages. */
  void check(EntitySpec<?> spec, String where) {
    specsChecked++;
    Set<String> declared = declared(spec.getType(), spec.getImplementation());
    if (SoftwareProcess.class.isAssignableFrom(spec.getType())) {
      declared.add(PROVISION_LATCH);
    }
    for (SpecParameter<?> p : spec.getParameters()) {
      declared.add(p.getConfigKey().getName());
    }
    compare(where, declared, spec);
    for (var policy : spec.getPolicySpecs()) {
      compare(where + " policy " + policy.getType().getSimpleName(), declared(policy.getType(), null), policy);
    }
    for (var enricher : spec.getEnricherSpecs()) {
      compare(where + " enricher " + enricher.getType().getSimpleName(), declared(enricher.getType(), null),
          enricher);
    }
    for (EntityInitializer initializer : spec.getInitializers()) {
      checkInitializer(initializer, where);
    }
    for (EntitySpec<?> child : spec.getChildren()) {
      check(child, where + " > " + name(child));
    }
    for (Map.Entry<ConfigKey<?>, Object> e : spec.getConfig().entrySet()) {
      if (e.getValue() instanceof EntitySpec<?> member) {
        check(member, where + " > " + e.getKey().getName() + " " + name(member));
      }
    }
  }

  /**
   * Checks the member specs of the clusters of an instantiated application. In a plan they are
   * {@code $brooklyn:entitySpec} DSL, which Brooklyn only turns into a spec when the cluster reads it, so they are
   * checked here, after instantiation, by reading them as the cluster does.
   */
  void checkMemberSpecs(Entity root, String where) {
    for (Entity e : descendants(root)) {
      if (e instanceof DynamicCluster cluster) {
        EntitySpec<?> member = cluster.config().get(DynamicCluster.MEMBER_SPEC);
        if (member == null) {
          problems.add(where + " > " + e.getDisplayName() + ": the cluster has no member spec");
        } else {
          check(member, where + " > " + e.getDisplayName() + " member");
        }
      }
    }
  }

  private static List<Entity> descendants(Entity root) {
    List<Entity> out = new ArrayList<>();
    out.add(root);
    for (Entity child : root.getChildren()) {
      out.addAll(descendants(child));
    }
    return out;
  }

  private static String name(EntitySpec<?> spec) {
    return spec.getDisplayName() != null ? spec.getDisplayName() : spec.getType().getSimpleName();
  }

  private void compare(String where, Set<String> declared, AbstractBrooklynObjectSpec<?, ?> spec) {
    Set<String> used = new TreeSet<>();
    spec.getConfig().keySet().forEach(k -> used.add(k.getName()));
    spec.getFlags().keySet().forEach(used::add);
    for (String key : used) {
      if (!declared.contains(key) && !RESOLVER_KEYS.contains(key)) {
        problems.add(where + ": key '" + key + "' is not declared by " + spec.getType().getName()
            + " (Brooklyn would ignore it)");
      }
    }
  }

  /** Initializers keep their configuration in a ConfigBag; their keys are static ConfigKey fields. */
  private void checkInitializer(EntityInitializer initializer, String where) {
    Set<String> declared = staticKeys(initializer.getClass());
    ConfigBag bag = initializerParams(initializer);
    if (bag == null) {
      problems.add(where + ": cannot read the configuration of initializer " + initializer.getClass().getName());
      return;
    }
    for (String key : new TreeSet<>(bag.getAllConfig().keySet())) {
      if (!declared.contains(key)) {
        problems.add(where + " initializer " + initializer.getClass().getSimpleName() + ": key '" + key
            + "' is not declared");
      }
    }
  }

  private static ConfigBag initializerParams(EntityInitializer initializer) {
    for (Class<?> c = initializer.getClass(); c != null; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals("initParams") && m.getParameterCount() == 0
            && ConfigBag.class.isAssignableFrom(m.getReturnType())) {
          try {
            m.setAccessible(true);
            return (ConfigBag) m.invoke(initializer);
          } catch (ReflectiveOperationException e) {
            return null;
          }
        }
      }
    }
    return null;
  }

  /** Config keys of a type and its implementation, plus their {@code @SetFromFlag} names. */
  static Set<String> declared(Class<?> type, Class<?> implementation) {
    Set<String> out = new LinkedHashSet<>();
    List<Class<?>> classes = new ArrayList<>();
    classes.add(type);
    if (implementation != null) {
      classes.add(implementation);
    }
    ImplementedBy impl = type.getAnnotation(ImplementedBy.class);
    if (impl != null) {
      classes.add(impl.value());
    }
    for (Class<?> c : classes) {
      try {
        for (Object key : BrooklynTypes.getDefinedConfigKeys(brooklynType(c)).keySet()) {
          out.add(String.valueOf(key));
        }
      } catch (RuntimeException notABrooklynType) {
        // fall back to the static fields below
      }
      out.addAll(staticKeys(c));
      out.addAll(flagNames(c));
    }
    return out;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Class brooklynType(Class<?> c) {
    return c;
  }

  private static Set<String> staticKeys(Class<?> type) {
    Set<String> out = new LinkedHashSet<>();
    List<Class<?>> all = new ArrayList<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      all.add(c);
      all.addAll(allInterfaces(c));
    }
    for (Class<?> c : all) {
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        try {
          f.setAccessible(true);
          Object v = f.get(null);
          if (v instanceof HasConfigKey<?> h) {
            v = h.getConfigKey();
          }
          if (v instanceof ConfigKey<?> k) {
            out.add(k.getName());
          }
        } catch (ReflectiveOperationException | RuntimeException e) {
          // not readable: not a key
        }
      }
    }
    return out;
  }

  private static Collection<Class<?>> allInterfaces(Class<?> c) {
    Set<Class<?>> out = new LinkedHashSet<>();
    for (Class<?> i : c.getInterfaces()) {
      out.add(i);
      out.addAll(allInterfaces(i));
    }
    return out;
  }

  private static Set<String> flagNames(Class<?> type) {
    Set<String> out = new LinkedHashSet<>();
    List<Class<?>> all = new ArrayList<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      all.add(c);
      all.addAll(allInterfaces(c));
    }
    for (Class<?> c : all) {
      for (Field f : c.getDeclaredFields()) {
        SetFromFlag flag = f.getAnnotation(SetFromFlag.class);
        if (flag != null) {
          out.add(flag.value().isEmpty() ? f.getName() : flag.value());
        }
      }
    }
    return out;
  }
}
