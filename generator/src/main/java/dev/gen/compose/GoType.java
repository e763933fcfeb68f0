package dev.gen.compose;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Go type of compose-go's project model, as far as decoding it from the merged document and printing it as JSON
 * need: its kind, its fields (for structs: the YAML key, the JSON key, whether the JSON tag says {@code omitempty}),
 * its element type (pointers, slices, maps).
 */
final class GoType {

  /** The kinds the model uses; the custom ones are compose-go types with their own decoding and JSON form. */
  enum Kind {
    STRING, INT, FLOAT32, FLOAT64, BOOL,
    /** {@code types.Duration}: a Go duration string such as {@code 1m30s}. */
    DURATION,
    /** {@code types.UnitBytes}: sizes like {@code 50M}, printed as a decimal string. */
    BYTES,
    /** {@code types.ShellCommand}: a string is split into words; absent is {@code null}. */
    SHELL_COMMAND,
    /** {@code types.StringList}: a string or a list of strings. */
    STRING_LIST,
    /** {@code types.StringOrNumberList}: scalars printed as strings. */
    STRING_OR_NUMBER_LIST,
    /** {@code types.Mapping}/{@code Labels}: a map or {@code k=v} list of strings; a bare key maps to "". */
    MAPPING,
    /** {@code types.MappingWithEquals}: like MAPPING, but a bare key maps to null. */
    MAPPING_WITH_EQUALS,
    /** {@code types.Options}: a map of strings. */
    OPTIONS,
    /** {@code types.HostsList}: printed as sorted {@code host=ip} strings. */
    HOSTS_LIST,
    /** {@code types.HealthCheckTest}: a string becomes {@code [CMD-SHELL, string]}. */
    HEALTH_TEST,
    /** {@code types.DeviceCount}: {@code all} is -1. */
    DEVICE_COUNT,
    /** {@code types.NanoCPUs}: a float32 that may be written as a string. */
    NANO_CPUS,
    /** {@code types.SSHConfig}: printed as {@code id} or {@code id=path} strings. */
    SSH,
    /** {@code types.External}: a boolean. */
    EXTERNAL,
    /** {@code types.UlimitsConfig}: a single number, or soft and hard. */
    ULIMIT,
    /** A file mode: a number, or octal digits in a string. */
    FILE_MODE,
    /** Passed through unchanged (parts gen does not model, such as {@code develop}). */
    ANY,
    STRUCT, POINTER, SLICE, MAP
  }

  /** A struct field. */
  record Field(String yamlName, String jsonName, GoType type, boolean omitEmpty) {}

  final Kind kind;
  final GoType elem;
  final Map<String, Field> fields;

  private GoType(Kind kind, GoType elem, Map<String, Field> fields) {
    this.kind = kind;
    this.elem = elem;
    this.fields = fields;
  }

  static GoType of(Kind kind) {
    return new GoType(kind, null, null);
  }

  static GoType ptr(GoType elem) {
    return new GoType(Kind.POINTER, elem, null);
  }

  static GoType slice(GoType elem) {
    return new GoType(Kind.SLICE, elem, null);
  }

  static GoType map(GoType elem) {
    return new GoType(Kind.MAP, elem, null);
  }

  static Struct struct() {
    return new Struct();
  }

  /** Builds a struct type field by field. */
  static final class Struct {
    private final Map<String, Field> fields = new LinkedHashMap<>();

    /** A field whose JSON tag has {@code omitempty}. */
    Struct opt(String name, GoType type) {
      fields.put(name, new Field(name, name, type, true));
      return this;
    }

    /** A field printed even when empty (no {@code omitempty}). */
    Struct always(String name, GoType type) {
      fields.put(name, new Field(name, name, type, false));
      return this;
    }

    /** A field without a JSON tag: printed under its Go name. */
    Struct untagged(String yamlName, String goName, GoType type) {
      fields.put(yamlName, new Field(yamlName, goName, type, false));
      return this;
    }

    GoType build() {
      return new GoType(Kind.STRUCT, null, fields);
    }
  }
}
