package dev.gen.render;

import java.util.Locale;

/**
 * The language of a generated file, which decides how a template's {@code {{value}}} is written so that any string
 * arrives in the output unchanged and cannot break out of its place: a YAML scalar, a shell word, a Python string
 * literal. {@code {{{value}}}} writes the text raw; templates use it only for values gen has already made safe
 * (validated names, pre-rendered blocks). Numbers and booleans are always written as they are.
 */
public enum Language {
  YAML {
    @Override
    public String encode(String value) {
      return Escapers.yamlScalar(value);
    }
  },
  SHELL {
    @Override
    public String encode(String value) {
      return Escapers.shellWord(value);
    }
  },
  PYTHON {
    @Override
    public String encode(String value) {
      return Escapers.pythonString(value);
    }
  },
  TOML {
    @Override
    public String encode(String value) {
      return Escapers.jsonString(value);
    }
  },
  JSON {
    @Override
    public String encode(String value) {
      return Escapers.jsonString(value);
    }
  },
  MARKDOWN {
    @Override
    public String encode(String value) {
      return Escapers.markdownText(value);
    }
  },
  HTML {
    @Override
    public String encode(String value) {
      return Escapers.html(value);
    }
  },
  MERMAID {
    @Override
    public String encode(String value) {
      return Escapers.mermaidText(value);
    }
  },
  DOT {
    @Override
    public String encode(String value) {
      return Escapers.dotString(value);
    }
  },
  TEXT {
    @Override
    public String encode(String value) {
      return value;
    }
  };

  /** Writes a string value in this language's safe literal form. */
  public abstract String encode(String value);

  /**
   * The language of an output or template file, from its name: {@code charmcraft.yaml.mustache} is YAML,
   * {@code hooks/lib.sh.mustache} is shell. Unknown extensions are plain text.
   */
  public static Language ofFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".mustache")) {
      name = name.substring(0, name.length() - ".mustache".length());
    }
    int slash = name.lastIndexOf('/');
    String base = slash >= 0 ? name.substring(slash + 1) : name;
    int dot = base.lastIndexOf('.');
    String ext = dot >= 0 ? base.substring(dot + 1) : "";
    return switch (ext) {
      case "yaml", "yml", "bom" -> YAML;
      case "sh", "bash" -> SHELL;
      case "py" -> PYTHON;
      case "toml" -> TOML;
      case "json" -> JSON;
      case "md" -> MARKDOWN;
      case "html", "svg" -> HTML;
      case "mmd", "mermaid" -> MERMAID;
      case "dot", "gv" -> DOT;
      default -> TEXT;
    };
  }
}
