package dev.gen.target.blueprint;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.gen.diag.Diagnostics;
import dev.gen.model.Project;
import dev.gen.model.Service;
import dev.gen.render.FileTree;
import dev.gen.render.Language;
import dev.gen.render.TemplateEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * {@code gen blueprint --java}: a Maven project of branded Brooklyn Java entities, one per service, for teams that
 * want typed entities rather than YAML: an entity interface ({@code @Catalog}, {@code @ImplementedBy}) with a typed
 * config key per environment variable and tunable, its implementation, and an SSH driver that runs the same
 * scripts as the VM style blueprint (the values the scripts read come from the config keys).
 */
public final class JavaEntities {

  static final String BROOKLYN_VERSION = "1.1.0";

  private static final ClassName CONFIG_KEY = ClassName.get("org.apache.brooklyn.config", "ConfigKey");
  private static final ClassName CONFIG_KEYS = ClassName.get("org.apache.brooklyn.core.config", "ConfigKeys");
  private static final ClassName SOFTWARE_PROCESS =
      ClassName.get("org.apache.brooklyn.entity.software.base", "SoftwareProcess");
  private static final ClassName SOFTWARE_PROCESS_IMPL =
      ClassName.get("org.apache.brooklyn.entity.software.base", "SoftwareProcessImpl");
  private static final ClassName SOFTWARE_PROCESS_DRIVER =
      ClassName.get("org.apache.brooklyn.entity.software.base", "SoftwareProcessDriver");
  private static final ClassName SSH_DRIVER =
      ClassName.get("org.apache.brooklyn.entity.software.base", "AbstractSoftwareProcessSshDriver");
  private static final ClassName SSH_MACHINE = ClassName.get("org.apache.brooklyn.location.ssh", "SshMachineLocation");
  private static final ClassName IMPLEMENTED_BY = ClassName.get("org.apache.brooklyn.api.entity", "ImplementedBy");

  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,8})");
  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,8})\\.[0-9]{1,9}");
  private static final Pattern CONFIG_REF = Pattern.compile("\\$brooklyn:config\\(\"([^\"]+)\"\\)");
  private static final Pattern EXTERNAL_KEY = Pattern.compile("\"([^\"]+)\"\\)$");

  private final TemplateEngine engine;

  public JavaEntities(TemplateEngine engine) {
    this.engine = engine;
  }

  /** The Maven project: {@code pom.xml} and the sources, for the VM style's mapping of each service. */
  public FileTree generate(Project project, BlueprintOptions options, Diagnostics diagnostics) {
    BlueprintOptions vm = new BlueprintOptions(BlueprintStyle.VM, null, options.catalogVersion(),
        options.secretSupplier());
    List<EntitySpec> specs = new BlueprintTarget(engine).entities(project, vm, diagnostics);
    String pkg = javaPackage(project.name());
    FileTree tree = new FileTree();
    Set<String> used = new HashSet<>();
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      Service s = project.services().get(i);
      EntitySpec spec = specs.get(i);
      String base = unique(className(s.name()), used);
      for (JavaFile f : files(pkg, base, s, spec)) {
        tree.add("src/main/java/" + pkg.replace('.', '/') + "/" + f.typeSpec().name() + ".java", f.toString());
      }
      scripts(base, spec).forEach((name, text) ->
          tree.add("src/main/resources/" + pkg.replace('.', '/') + "/" + name, text));
      // the branding (the @Catalog annotation is deprecated in Brooklyn 1.x): a catalog item per entity
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", Names.catalogId(project, s) + "-java");
      item.put("itemType", "entity");
      item.put("name", spec.name());
      if (spec.description() != null) {
        item.put("description", spec.description());
      }
      if (spec.iconUrl() != null) {
        item.put("iconUrl", spec.iconUrl());
      }
      item.put("item", Map.of("type", pkg + "." + base + "Entity"));
      items.add(item);
    }
    Map<String, Object> catalog = new LinkedHashMap<>();
    catalog.put("version", options.catalogVersion());
    catalog.put("items", items);
    tree.add("src/main/resources/catalog.bom", "# " + project.name() + ": the Java entities as catalog items,"
        + " written by gen\n" + YamlWriter.map(Map.of("brooklyn.catalog", catalog), 0));
    Map<String, Object> pom = new LinkedHashMap<>();
    pom.put("project", project.name());
    pom.put("groupId", pkg);
    pom.put("artifactId", project.name().replace('_', '-') + "-brooklyn-entities");
    pom.put("version", options.catalogVersion());
    pom.put("javaRelease", 11);
    pom.put("brooklynVersion", BROOKLYN_VERSION);
    // XML text is escaped as HTML text is; the values are checked identifiers anyway
    tree.add("pom.xml", engine.render("blueprint/java/pom.xml.mustache", Language.HTML, pom));
    return tree;
  }

  private List<JavaFile> files(String pkg, String base, Service s, EntitySpec spec) {
    ClassName entity = ClassName.get(pkg, base + "Entity");
    ClassName impl = ClassName.get(pkg, base + "EntityImpl");
    ClassName driver = ClassName.get(pkg, base + "Driver");
    ClassName sshDriver = ClassName.get(pkg, base + "SshDriver");

    // the entity: one typed key per parameter of the VM style (environment variables, image, ports, build)
    Map<String, String> keyFields = new LinkedHashMap<>();
    TypeSpec.Builder iface = TypeSpec.interfaceBuilder(entity).addModifiers(Modifier.PUBLIC)
        .addSuperinterface(SOFTWARE_PROCESS)
        .addJavadoc("The service $L as a Brooklyn entity: its container runs with docker or podman on the"
            + " machine.\n", s.name())
        .addAnnotation(AnnotationSpec.builder(IMPLEMENTED_BY).addMember("value", "$T.class", impl).build());
    Set<String> fieldNames = new HashSet<>();
    for (Map<String, Object> p : spec.parameters()) {
      String key = (String) p.get("name");
      String field = unique(constantName(key), fieldNames);
      keyFields.put(key, field);
      iface.addField(keyField(field, key, (String) p.get("description"), p.get("default")));
    }
    Map<String, Object> shellEnv = shellEnv(spec);
    for (Object value : shellEnv.values()) {
      String secretKey = secretKey(value);
      if (secretKey != null && !keyFields.containsKey(secretKey)) {
        String field = unique(constantName(secretKey), fieldNames);
        keyFields.put(secretKey, field);
        iface.addField(keyField(field, secretKey, "A secret file's content; set it, for example with"
            + " $brooklyn:external.", null));
      }
    }

    TypeSpec implType = TypeSpec.classBuilder(impl).addModifiers(Modifier.PUBLIC)
        .superclass(SOFTWARE_PROCESS_IMPL).addSuperinterface(entity)
        .addMethod(MethodSpec.methodBuilder("getDriverInterface").addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC).returns(ParameterizedTypeName.get(ClassName.get(Class.class),
                com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class)))
            .addStatement("return $T.class", driver).build())
        .addMethod(MethodSpec.methodBuilder("connectSensors").addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED).addStatement("super.connectSensors()")
            .addStatement("connectServiceUpIsRunning()").build())
        .addMethod(MethodSpec.methodBuilder("disconnectSensors").addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED).addStatement("disconnectServiceUpIsRunning()")
            .addStatement("super.disconnectSensors()").build())
        .build();

    TypeSpec driverType = TypeSpec.interfaceBuilder(driver).addModifiers(Modifier.PUBLIC)
        .addSuperinterface(SOFTWARE_PROCESS_DRIVER).build();

    TypeSpec.Builder ssh = TypeSpec.classBuilder(sshDriver).addModifiers(Modifier.PUBLIC)
        .superclass(SSH_DRIVER).addSuperinterface(driver)
        .addJavadoc("Runs the scripts gen writes for the VM style; every value they read is exported first.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addParameter(impl, "entity").addParameter(SSH_MACHINE, "machine")
            .addStatement("super(entity, machine)").build());
    ssh.addMethod(MethodSpec.methodBuilder("script").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("A script shipped beside this class (the VM style's scripts, as files).\n")
        .returns(String.class).addParameter(String.class, "name")
        .beginControlFlow("try ($T in = $T.class.getResourceAsStream(name))", InputStream.class, sshDriver)
        .beginControlFlow("if (in == null)")
        .addStatement("throw new $T($S + name)", IllegalStateException.class, "missing script ")
        .endControlFlow()
        .addStatement("return new $T(in.readAllBytes(), $T.UTF_8)", String.class, StandardCharsets.class)
        .nextControlFlow("catch ($T e)", IOException.class)
        .addStatement("throw new $T(e)", UncheckedIOException.class)
        .endControlFlow().build());
    CodeBlock.Builder env = CodeBlock.builder()
        .addStatement("$T<String, String> env = new $T<>(super.getShellEnvironment())", Map.class,
            LinkedHashMap.class);
    for (Map.Entry<String, Object> e : shellEnv.entrySet()) {
      env.add(envStatement(e.getKey(), e.getValue(), entity, keyFields));
    }
    env.addStatement("return env");
    ssh.addMethod(MethodSpec.methodBuilder("getShellEnvironment").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(Map.class, String.class, String.class))
        .addCode(env.build()).build());
    ssh.addMethod(MethodSpec.methodBuilder("put").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("A variable the scripts read; an unset key leaves it out, as the blueprint does.\n")
        .addParameter(ParameterizedTypeName.get(Map.class, String.class, String.class), "env")
        .addParameter(String.class, "name").addParameter(Object.class, "value")
        .beginControlFlow("if (value != null)").addStatement("env.put(name, String.valueOf(value))")
        .endControlFlow().build());
    ssh.addMethod(script("install", "INSTALLING", scriptName(base, "install"), false));
    ssh.addMethod(MethodSpec.methodBuilder("customize").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).addComment("nothing to customize: the image is the whole workload").build());
    ssh.addMethod(script("launch", "LAUNCHING", scriptName(base, "launch"), false));
    ssh.addMethod(script("isRunning", "CHECK_RUNNING", scriptName(base, "check-running"), true));
    ssh.addMethod(script("stop", "STOPPING", scriptName(base, "stop"), false));

    List<JavaFile> out = new ArrayList<>();
    for (TypeSpec t : List.of(iface.build(), implType, driverType, ssh.build())) {
      out.add(JavaFile.builder(pkg, t).skipJavaLangImports(true)
          .addFileComment("Written by gen from the service $L.", s.name()).indent("    ").build());
    }
    return out;
  }

  /** A typed key: integers, decimals and booleans from their default's shape, strings otherwise. */
  private static FieldSpec keyField(String field, String key, String description, Object defaultValue) {
    TypeName type;
    CodeBlock init;
    String d = defaultValue == null ? null : String.valueOf(defaultValue);
    if (defaultValue instanceof Integer || (d != null && INTEGER.matcher(d).matches())) {
      type = ClassName.get(Integer.class);
      init = CodeBlock.of("$T.newIntegerConfigKey($L, $L, $L)", CONFIG_KEYS, javaString(key), javaString(description), d);
    } else if (d != null && DECIMAL.matcher(d).matches()) {
      type = ClassName.get(Double.class);
      init = CodeBlock.of("$T.newDoubleConfigKey($L, $L, $L)", CONFIG_KEYS, javaString(key), javaString(description), d);
    } else if ("true".equals(d) || "false".equals(d)) {
      type = ClassName.get(Boolean.class);
      init = CodeBlock.of("$T.newBooleanConfigKey($L, $L, $L)", CONFIG_KEYS, javaString(key), javaString(description), d);
    } else if (d == null) {
      type = ClassName.get(String.class);
      init = CodeBlock.of("$T.newStringConfigKey($L, $L)", CONFIG_KEYS, javaString(key), javaString(description));
    } else {
      type = ClassName.get(String.class);
      init = CodeBlock.of("$T.newStringConfigKey($L, $L, $L)", CONFIG_KEYS, javaString(key), javaString(description),
          javaString(d));
    }
    return FieldSpec.builder(ParameterizedTypeName.get(CONFIG_KEY, type), field)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL).initializer(init).build();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> shellEnv(EntitySpec spec) {
    return (Map<String, Object>) spec.config().get("shell.env");
  }

  /** The key a secret's value is read from in Java, or null when the value is not a secret. */
  private static String secretKey(Object value) {
    String key = null;
    if (value instanceof Dsl d && d.expression().startsWith("$brooklyn:external(")) {
      Matcher m = EXTERNAL_KEY.matcher(d.expression());
      key = m.find() ? m.group(1) : null;
    } else if (value instanceof Map<?, ?> map && map.get("$brooklyn:external") instanceof List<?> args) {
      key = String.valueOf(args.get(args.size() - 1));
    }
    return key == null ? null : "secret." + key;
  }

  /** One {@code put(env, "GEN_X", ...)}: from a config key, a literal, or the entity's id. */
  private static CodeBlock envStatement(String name, Object value, ClassName entity, Map<String, String> keys) {
    String secret = secretKey(value);
    if (secret != null) {
      return CodeBlock.of("put(env, $L, entity.config().get($T.$N));\n", javaString(name), entity, keys.get(secret));
    }
    if (value instanceof Dsl d) {
      Matcher m = CONFIG_REF.matcher(d.expression());
      if (m.matches() && keys.containsKey(m.group(1))) {
        return CodeBlock.of("put(env, $L, entity.config().get($T.$N));\n", javaString(name), entity,
            keys.get(m.group(1)));
      }
    }
    if (value instanceof String s) {
      return CodeBlock.of("put(env, $L, $L);\n", javaString(name), javaString(s));
    }
    if (value instanceof Map<?, ?> map && map.get("$brooklyn:formatString") instanceof List<?> args
        && args.size() == 2 && args.get(1) instanceof Dsl id && id.expression().equals("$brooklyn:entityId()")) {
      return CodeBlock.of("put(env, $L, $T.format($L, entity.getId()));\n", javaString(name), String.class,
          javaString(String.valueOf(args.get(0))));
    }
    throw new IllegalStateException("no Java form for the shell variable " + name + ": " + value);
  }

  private static MethodSpec script(String method, String phase, String resource, boolean isRunning) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(method).addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC);
    if (isRunning) {
      return m.returns(boolean.class)
          .addStatement("return newScript($N).body.append(script($L)).execute() == 0", phase, javaString(resource))
          .build();
    }
    return m.addStatement("newScript($N).body.append(script($L)).execute()", phase, javaString(resource)).build();
  }

  /** The resource (beside the driver class) that holds one of a service's scripts. */
  static String scriptName(String base, String script) {
    return base + "-" + script + ".sh";
  }

  /** The scripts of a service, by resource name. */
  static Map<String, String> scripts(String base, EntitySpec spec) {
    Map<String, String> out = new LinkedHashMap<>();
    String[][] names = {{"install", "install.command"}, {"launch", "launch.command"},
        {"check-running", "checkRunning.command"}, {"stop", "stop.command"}};
    for (String[] n : names) {
      out.put(scriptName(base, n[0]), ((Script) spec.config().get(n[1])).text());
    }
    return out;
  }

  /**
   * A Java string literal that holds {@code s} exactly, in printable ASCII: JavaPoet's own {@code $S} leaves
   * U+2028 and other non-ASCII characters as they are, and breaks the literal at them.
   */
  static String javaString(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20 || c > 0x7E) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** A Java package for the project: lower-case identifiers under {@code gen.}. */
  static String javaPackage(String projectName) {
    String p = projectName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    if (p.isEmpty() || !Character.isJavaIdentifierStart(p.charAt(0)) || SourceVersion.isKeyword(p)) {
      p = "p" + p;
    }
    return "gen." + p;
  }

  /** {@code shop-api} → {@code ShopApi}; never a keyword, never starting with a digit. */
  static String className(String serviceName) {
    StringBuilder sb = new StringBuilder();
    boolean upper = true;
    for (char c : serviceName.toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 0x80) {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    if (sb.length() == 0 || !Character.isJavaIdentifierStart(sb.charAt(0))) {
      sb.insert(0, "Service");
    }
    return sb.toString();
  }

  /** {@code env.DB_HOST} → {@code ENV_DB_HOST}. */
  static String constantName(String key) {
    String c = key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
    return Character.isJavaIdentifierStart(c.charAt(0)) ? c : "K_" + c;
  }

  private static String unique(String name, Set<String> used) {
    String n = name;
    for (int i = 2; !used.add(n); i++) {
      n = name + i;
    }
    return n;
  }
}
