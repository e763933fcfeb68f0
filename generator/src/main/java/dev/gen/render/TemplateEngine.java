package dev.gen.render;

import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.ValueCode;
import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.reflect.AccessibleObject;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders Mustache templates into text, strictly: a name a template uses that the view does not have is an error
 * (never an empty string), and every {@code {{value}}} is written in the output file's {@link Language}.
 *
 * <p>Templates are found by {@link TemplateLocator}: a user directory first (so users can override any built-in
 * template), then the built-ins on the class path. Compiled templates are cached; an engine is safe to use from
 * several threads.
 */
public final class TemplateEngine {

  private final TemplateLocator locator;
  private final Map<Language, LanguageFactory> factories = new EnumMap<>(Language.class);
  private final Map<TemplateRef, Mustache> compiled = new ConcurrentHashMap<>();

  public TemplateEngine(TemplateLocator locator) {
    this.locator = locator;
    for (Language language : Language.values()) {
      factories.put(language, new LanguageFactory(language, locator));
    }
  }

  /** An engine over the built-in templates only. */
  public static TemplateEngine builtIn() {
    return new TemplateEngine(TemplateLocator.builtIn());
  }

  public TemplateLocator locator() {
    return locator;
  }

  /** Renders a template, choosing the language from the template's file name. */
  public String render(String templatePath, Object view) {
    return render(templatePath, Language.ofFileName(templatePath), view);
  }

  /**
   * Renders a template.
   *
   * @param templatePath the path below the template root, such as {@code charm/k8s/charmcraft.yaml.mustache}
   * @param language how {@code {{value}}} is written
   * @param view the object whose accessors (record components, getters, map keys) the template reads
   */
  public String render(String templatePath, Language language, Object view) {
    Mustache mustache;
    try {
      mustache = template(templatePath, language);
    } catch (MustacheNotFoundException e) {
      throw GenException.at(SourceLocation.of(templatePath), "", "template.not-found",
          "template not found: " + templatePath);
    } catch (MustacheException e) {
      throw templateError(templatePath, e);
    }
    StringWriter out = new StringWriter();
    try {
      mustache.execute(out, view).flush();
    } catch (MustacheException e) {
      throw templateError(templatePath, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * The compiled template, compiled once per engine. Compiling is serialized (mustache.java's own cache and its lazy
   * initialisation of a compiled template are not meant to race), running a compiled template is not: targets render
   * independent services on several threads.
   */
  private Mustache template(String templatePath, Language language) {
    TemplateRef key = new TemplateRef(templatePath, language);
    Mustache mustache = compiled.get(key);
    if (mustache == null) {
      synchronized (compiled) {
        mustache = compiled.get(key);
        if (mustache == null) {
          mustache = factories.get(language).compile(templatePath);
          compiled.put(key, mustache);
        }
      }
    }
    return mustache;
  }

  /**
   * A template and the language its values are written in.
   *
   * @param path the path below the template root, such as {@code charm/k8s/charmcraft.yaml.mustache}
   */
  public record TemplateRef(String path, Language language) {

    /** The template, its language chosen from its file name (as {@link #render(String, Object)} does). */
    public static TemplateRef byFileName(String path) {
      return new TemplateRef(path, Language.ofFileName(path));
    }
  }

  /**
   * Compiles a template ahead of its first use (a target does it on another thread while the input loads).
   *
   * @throws GenException when the template is missing or does not compile, as {@link #render} would
   */
  public void compile(TemplateRef template) {
    try {
      template(template.path(), template.language());
    } catch (MustacheNotFoundException e) {
      throw GenException.at(SourceLocation.of(template.path()), "", "template.not-found",
          "template not found: " + template.path());
    } catch (MustacheException e) {
      throw templateError(template.path(), e);
    }
  }

  /** A located error: in the user's file when the template is theirs, at the tag when it can be found. */
  private GenException templateError(String templatePath, MustacheException e) {
    TemplateContext context = e.getContext();
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root instanceof MissingNameException
        ? root.getMessage()
        : e.getMessage().replaceAll("\\s*@\\[.*$", "");
    SourceLocation where = context == null
        ? SourceLocation.of(locator.describe(templatePath))
        : new SourceLocation(locator.describe(context.file()), context.line(),
            tagColumn(context.file(), context.line(), message));
    return GenException.at(where, "", "template.error", "template " + templatePath + ": " + message);
  }

  /**
   * The column of the tag an error names ({@code no value named 'x'}, {@code Failed to close 'x' tag}) on its line,
   * or 0 when the message names none or the line does not hold it. mustache.java only reports lines.
   */
  private int tagColumn(String template, int line, String message) {
    Matcher named = QUOTED_NAME.matcher(message);
    if (line <= 0 || !named.find()) {
      return 0;
    }
    Pattern tag = Pattern.compile("\\{\\{\\{?[#^/&>]?\\s*" + Pattern.quote(named.group(1)) + "\\s*}");
    try (BufferedReader r = new BufferedReader(locator.open(template))) {
      String text = null;
      for (int i = 0; i < line; i++) {
        text = r.readLine();
        if (text == null) {
          return 0;
        }
      }
      Matcher m = tag.matcher(text);
      return m.find() ? text.codePointCount(0, m.start()) + 1 : 0;
    } catch (IOException | RuntimeException ex) {
      return 0; // only the column is lost
    }
  }

  private static final Pattern QUOTED_NAME = Pattern.compile("'([^']{1,200})'");

  /** Raised while rendering when a template names something the view does not have. */
  static final class MissingNameException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingNameException(String name) {
      super("no value named '" + name + "' in the view (a typo in the template, or a view that lacks it)");
    }
  }

  /** A factory per language: it decides how values are encoded, and resolves templates through the locator. */
  private static final class LanguageFactory extends DefaultMustacheFactory {
    private final Language language;

    LanguageFactory(Language language, TemplateLocator locator) {
      super(locator::open);
      this.language = language;
      setObjectHandler(new StrictObjectHandler());
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(language.encode(value));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public MustacheVisitor createMustacheVisitor() {
      return new DefaultMustacheVisitor(this) {
        @Override
        public void value(TemplateContext tc, String variable, boolean encoded) {
          list.add(new TypedValueCode(tc, df, variable, encoded));
        }
      };
    }
  }

  /** Writes numbers and booleans as they are, so that YAML keeps their type; strings go through the encoder. */
  private static final class TypedValueCode extends ValueCode {
    TypedValueCode(TemplateContext tc, DefaultMustacheFactory df, String variable, boolean encoded) {
      super(tc, df, variable, encoded);
    }

    @Override
    public Writer execute(Writer writer, List<Object> scopes) {
      Object value = get(scopes);
      if (value instanceof Number || value instanceof Boolean) {
        try {
          writer.write(value.toString());
        } catch (IOException e) {
          throw new MustacheException("failed to write " + name, e, tc);
        }
        return appendText(run(writer, scopes));
      }
      return super.execute(writer, scopes);
    }
  }

  /** Fails on names that no scope provides, instead of rendering them as empty. */
  private static final class StrictObjectHandler extends ReflectionObjectHandler {
    @Override
    protected MissingWrapper createMissingWrapper(String name, List<Guard> guards) {
      throw new MissingNameException(name);
    }

    /**
     * mustache.java looks for {@code getName()} and {@code isName()} with the name capitalized in the default
     * locale: in a Turkish locale {@code {{interface}}} looked for {@code getİnterface()} and failed. Looks again with
     * {@link Locale#ROOT}.
     */
    @Override
    protected AccessibleObject findMember(Class sClass, String name) {
      AccessibleObject member = super.findMember(sClass, name);
      if (member != null || name.isEmpty()) {
        return member;
      }
      String property = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
      for (String accessor : List.of("get" + property, "is" + property)) {
        try {
          return getMethod(sClass, accessor);
        } catch (NoSuchMethodException e) {
          // the next accessor, or no member
        }
      }
      return null;
    }
  }

  /** Exposed for template lint tests: the compiled codes of a template. */
  Code[] codes(String templatePath, Language language) {
    return factories.get(language).compile(templatePath).getCodes();
  }
}
