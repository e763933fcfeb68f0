package dev.gen.dockerfile.instructions;

import dev.gen.dockerfile.DockerfileCodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flags of one instruction, validated as BuildKit's {@code BFlags}: each instruction declares the flags it
 * knows, then {@link #parse()} rejects unknown flags, string flags without {@code =value}, bad booleans and repeated
 * flags (only list flags such as {@code --mount} may repeat).
 */
final class BFlags {

  private enum Type { BOOL, STRING, STRINGS }

  /** A declared flag and what the instruction gave it. */
  static final class Flag {
    private final String name;
    private final Type type;
    private String value;
    private final List<String> values = new ArrayList<>();
    private boolean used;

    private Flag(String name, Type type, String defaultValue) {
      this.name = name;
      this.type = type;
      this.value = defaultValue;
    }

    String name() {
      return name;
    }

    /** The value (the default when not given; "true"/"false" for booleans). */
    String value() {
      return value;
    }

    List<String> values() {
      return List.copyOf(values);
    }

    boolean used() {
      return used;
    }

    boolean isTrue() {
      return "true".equals(value);
    }
  }

  private final List<String> args;
  private final Map<String, Flag> flags = new LinkedHashMap<>();

  BFlags(List<String> args) {
    this.args = List.copyOf(args);
  }

  boolean isEmpty() {
    return args.isEmpty();
  }

  Flag addBool(String name) {
    return add(new Flag(name, Type.BOOL, "false"));
  }

  Flag addString(String name, String defaultValue) {
    return add(new Flag(name, Type.STRING, defaultValue));
  }

  Flag addStrings(String name) {
    return add(new Flag(name, Type.STRINGS, ""));
  }

  private Flag add(Flag flag) {
    flags.put(flag.name, flag);
    return flag;
  }

  /** Validates the given flags against the declared ones. */
  void parse() throws InstructionException {
    for (String a : args) {
      if (a.equals("--")) {
        break;
      }
      if (!a.startsWith("--")) {
        throw new InstructionException(DockerfileCodes.FLAG, "arg should start with -- : " + a);
      }
      String body = a.substring(2);
      int eq = body.indexOf('=');
      String name = eq < 0 ? body : body.substring(0, eq);
      boolean hasValue = eq >= 0;
      String value = eq < 0 ? "" : body.substring(eq + 1);
      Flag flag = flags.get(name);
      if (flag == null) {
        throw new InstructionException(DockerfileCodes.FLAG,
            Suggest.wrap("unknown flag: " + name, name, flags.keySet(), true),
            flags.isEmpty() ? "this instruction takes no flags"
                : "known flags: " + String.join(", ", Suggest.sorted(flags.keySet())));
      }
      if (flag.used && flag.type != Type.STRINGS) {
        throw new InstructionException(DockerfileCodes.FLAG, "duplicate flag specified: " + name);
      }
      flag.used = true;
      switch (flag.type) {
        case BOOL -> {
          if (hasValue && value.isEmpty()) {
            throw new InstructionException(DockerfileCodes.FLAG, "missing a value on flag: " + name);
          }
          switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "" -> flag.value = "true";
            case "false" -> flag.value = "false";
            default -> throw new InstructionException(DockerfileCodes.FLAG,
                "expecting boolean value for flag " + name + ", not: " + value);
          }
        }
        case STRING -> {
          if (!hasValue) {
            throw new InstructionException(DockerfileCodes.FLAG, "missing a value on flag: " + name);
          }
          flag.value = value;
        }
        case STRINGS -> {
          if (!hasValue) {
            throw new InstructionException(DockerfileCodes.FLAG, "missing a value on flag: " + name);
          }
          flag.values.add(value);
        }
        default -> throw new IllegalStateException(flag.type.name());
      }
    }
  }
}
