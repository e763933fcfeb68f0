package dev.gen.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Random strings built to break generated files, from a fixed seed (the same strings on every run): quotes, command
 * substitutions, shell operators, newlines and carriage returns, tabs, leading dashes, globs, {@code ~}, {@code %},
 * Mustache braces, Brooklyn's {@code $brooklyn:} prefix, YAML indicators and scalars that YAML would read as
 * another type, unicode line separators, bidirectional controls, emoji and very long strings. NUL is not among
 * them: gen refuses it at the input. Each string is a few fragments glued together, so fragments meet in
 * combinations nobody wrote by hand.
 */
public final class HostileStrings {

  /** The pieces strings are made of. */
  static final List<String> FRAGMENTS = List.of(
      "'", "\"", "\\", "'\\''", "\"'\"'\"", "$(touch /tmp/gen-pwned)", "`touch /tmp/gen-pwned`", "${HOME}", "$HOME",
      "$0", "$@", "$$", "$", "; rm -rf /", " && id", " || true", " | cat", "&", ">", "<", "(", ")", "{", "}",
      "\n", "\r", "\r\n", "\t", " ", "  ", "-", "--", "-e", "--help", "*", "?", "[a-z]", "~", "~root", "%", "%s",
      "%n", "%%", "%1$s", "{{", "}}", "{{name}}", "{{{raw}}}", "$brooklyn:", "$brooklyn:config(\"x\")", "#", ": ",
      "- ", "? ", "!", "!!str", "&a", "*a", "|", ">-", "@", "`", ",", "[", "]", "---", "...", "yes", "no", "on",
      "off", "null", "~", "true", "0755", "0o17", "0x1F", "1e3", ".inf", "1_000", "2001-12-14", "=", "a=b",
      "\u2028", "\u2029", "\u0085", "\u202e", "\u202c", "\u2066", "\u2069", "\u200f", "\u200b", "\ufeff",
      "\u00a0", "\ud83d\ude80", "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67", "caf\u00e9", "\u65e5\u672c",
      "\u0645\u0631\u062d\u0628\u0627", "\\n", "\\x41", "\\u0041", "'''", "\"\"\"", "r'", "u\"", "b'", "f\"{x}\"",
      "None", "True", "import os", "os.system('id')", "\\\\", "/", "../", "..", ".");

  private HostileStrings() {}

  /** {@code count} strings from {@code seed}; every 16th is long (a few thousand characters). */
  public static List<String> generate(long seed, int count) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(i % 16 == 15 ? longString(random) : string(random, 1 + random.nextInt(6)));
    }
    return out;
  }

  /** A string of {@code pieces} fragments, with a little plain text between some of them. */
  static String string(Random random, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
      if (random.nextInt(3) == 0) {
        sb.append(String.format(Locale.ROOT, "w%d", random.nextInt(100)));
      }
    }
    return sb.toString();
  }

  private static String longString(Random random) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 4000) {
      sb.append(string(random, 8));
    }
    return sb.toString();
  }
}
