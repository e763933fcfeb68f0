package dev.gen.dockerfile.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The substitution forms and options of the shell lexer beyond BuildKit's tables. */
class ShellLexTest {

  private static final ShellLex LEX = ShellLex.withEscape('\\');

  private static String word(String text, Map<String, String> env) throws ShellLexException {
    return LEX.processWord(text, ShellEnv.of(env));
  }

  /** Patterns ({@code #}, {@code ##}, {@code %}, {@code %%}, {@code /}, {@code //}), as BuildKit's lex_test. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "${FOO%%\\**}                  | xx**            | | xx",
      "${FOO#*x*y}                   | xxyy            | | y",
      "${FOO#*}                      | xxyy            | | xxyy",
      "${FOO##*}                     | xxyy            | | ``",
      "${FOO#$BAR}                   | xxyy            | x | xyy",
      "${FOO#}                       | xxyy            | | xxyy",
      "${FOO##*x}                    | xxyy            | | yy",
      "${FOO#?\\?}                   | ???y            | | ?y",
      "${FOO%x}                      | xxyy            | | xxyy",
      "${FOO%y}                      | xxyy            | | xxy",
      "${FOO%%y*}                    | xxyy            | | xx",
      "${FOO%y*}                     | xxyy            | | xxy",
      "${FOO%%\\**\\*}               | a***yy*         | | a",
      "${FOO%}                       | xxyy            | | xxyy",
      "${FOO/$BAR/.} - ${FOO//$BAR/.} | /foo*/*/*.txt  | \\*/ | /foo.*/*.txt - /foo..*.txt",
      "${FOO/$BAR/} - ${FOO//$BAR/}  | /tmp/tmp/bar.txt | /tmp | /tmp/bar.txt - /bar.txt",
      "${FOO/$BAR/ww}                | xxyy            | `` | wwxxyy",
      "${FOO///}                     | xxyy            | | xxyy",
      "${FOO//\\//\\/}               | /tmp/foo.txt    | | \\/tmp\\/foo.txt",
      "${FOO//x/[\\$0]}              | axbxc           | | a[\\x]b[\\x]c",
      "${FOO//?/-}                   | ab              | | --",
      "${FOO//*/-}                   | ab              | | -",
      "${FOO/b*/}                    | abcabc          | | a",
      "${FOO%.*}                     | a.b.tar.gz      | | a.b.tar",
      "${FOO%%.*}                    | a.b.tar.gz      | | a",
      "${FOO##*/}                    | /usr/local/bin/node | | node",
      "${FOO#*/}                     | /usr/local/bin/node | | usr/local/bin/node",
  })
  void patterns(String text, String foo, String bar, String expected) throws ShellLexException {
    Map<String, String> env = bar == null ? Map.of("FOO", foo) : Map.of("FOO", foo, "BAR", bar);
    assertEquals(expected, word(text, env));
  }

  @Test
  void emptyPatternReplaceAllFollowsGo() throws ShellLexException {
    // Go's ReplaceAllString inserts the replacement at every empty match
    assertEquals("-a-b-", word("${FOO///-}", Map.of("FOO", "ab")));
  }

  @Test
  void regularExpressionCharactersAreLiteralInPatterns() throws ShellLexException {
    assertEquals("x", word("${FOO#()[]{\\}^$.\\*\\?|\\\\}", Map.of("FOO", "()[]{}^$.*?|\\x")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "${FOO//ww}    | syntax error: missing '/' in ${}",
      "${FOO//}      | syntax error: missing '/' in ${}",
      "${FOO:#x}     | unsupported modifier (:#) in substitution",
      "${FOO:%x}     | unsupported modifier (:%) in substitution",
      "${FOO#\\x}    | invalid pattern (\\x) in substitution: invalid escape '\\x'",
      "${FOO=x}      | unsupported modifier (=) in substitution",
      "${}           | syntax error: bad substitution",
      "${FOO:?}      | FOO: is not allowed to be empty",
      "${NOPE?}      | NOPE: is not allowed to be unset",
      "${NOPE:?msg $FOO} | `NOPE: msg `",
  })
  void errors(String text, String message) {
    ShellLexException e = assertThrows(ShellLexException.class, () -> word(text, Map.of("FOO", "")));
    assertEquals("failed to process \"" + text.replace("\\", "\\\\") + "\": " + message, e.getMessage());
  }

  @Test
  void matchedAndUnmatchedNames() throws ShellLexException {
    LexResult r = LEX.process("${FOO:-aaa} ${BAR:-bbb} ${BAZ:-ccc} $BAZ", ShellEnv.of(Map.of("FOO", "xxx",
        "BAR", "")));
    assertEquals("xxx bbb ccc ", r.word());
    assertEquals(Set.of("FOO", "BAR"), r.matched());
    assertEquals(Set.of("BAZ"), r.unmatched());
    assertEquals(List.of("xxx", "bbb", "ccc"), r.words());
  }

  @Test
  void skipUnsetEnvKeepsReferencesAsWritten() throws ShellLexException {
    ShellLex skip = LEX.skipUnsetEnv(true);
    assertEquals("$A ${B} ${C:-x} ${D/p/r} set", skip.processWord("$A ${B} ${C:-x} ${D//p/r} $E",
        ShellEnv.of(Map.of("E", "set"))));
  }

  @Test
  void unknownVariablesAreKeptAndReported() throws ShellLexException {
    ShellEnv env = new ShellEnv() {
      @Override
      public String get(String name) {
        return name.equals("KNOWN") ? "k" : null;
      }

      @Override
      public boolean isUnknown(String name) {
        return name.startsWith("IMG_");
      }
    };
    LexResult r = LEX.process("$KNOWN ${IMG_HOME:-/root} ${IMG_X:?boom} $UNSET", env);
    assertEquals("k ${IMG_HOME:-/root} ${IMG_X:?boom} ", r.word());
    assertEquals(Set.of("IMG_HOME", "IMG_X"), r.unknown());
    assertEquals(Set.of("UNSET"), r.unmatched());
  }

  @Test
  void rawOptions() throws ShellLexException {
    ShellEnv env = ShellEnv.of(Map.of("V", "1"));
    assertEquals("'a' \"$V\"", LEX.rawQuotes(true).skipUnsetEnv(true).processWord("'a' \"$V\"",
        ShellEnv.EMPTY));
    assertEquals("'a' \"1\"", LEX.rawQuotes(true).processWord("'a' \"$V\"", env));
    assertEquals("a\\ b", LEX.rawEscapes(true).processWord("a\\ b", env));
    assertEquals("\"1\" '1'", LEX.skipProcessQuotes(true).processWord("\"$V\" '$V'", env));
  }

  @Test
  void backtickEscape() throws ShellLexException {
    ShellLex tick = ShellLex.withEscape('`');
    ShellEnv env = ShellEnv.of(Map.of("P", "C:\\x"));
    assertEquals("C:\\x\\bin $P", tick.processWord("$P\\bin `$P", env));
    assertEquals(List.of("a b", "c"), tick.processWords("a` b c", env));
    assertEquals("say \"hi\"", tick.processWord("\"say `\"hi`\"\"", env));
  }

  @Test
  void heredocMarkersStayOneWord() throws ShellLexException {
    assertEquals(List.of("RUN", "<<  EOF", ">", "out"), LEX.processWords("RUN <<  EOF > out", ShellEnv.EMPTY));
    assertEquals("a<b", LEX.processWord("a<b", ShellEnv.EMPTY));
  }

  @Test
  void textBeforeANestedSubstitutionStaysInTheWord() throws ShellLexException {
    assertEquals(List.of("abcdef", "x"), LEX.processWords("abc${N:-def} x", ShellEnv.EMPTY));
  }

  @Test
  void resultsAreBounded() {
    ShellLex small = LEX.maxLength(100);
    ShellLexException e = assertThrows(ShellLexException.class,
        () -> small.processWord("$A$A$A", ShellEnv.of(Map.of("A", "x".repeat(40)))));
    assertTrue(e.isLimit());
    assertTrue(e.getMessage().endsWith("the substituted value is longer than 100 characters, the most gen accepts"));
  }

  @Test
  void linearTimeOnLargeInput() {
    String value = "ab".repeat(200_000);
    Map<String, String> env = Map.of("V", value);
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      assertEquals(value.length(), word("$V".repeat(1) + "\\$".repeat(100_000), env).length() - 100_000);
      assertEquals("", word("${V##*b}", env));
      assertEquals("a", word("${V%%b*}", env));
      assertEquals(200_000, word("${V//a/}", env).length());
      word("\"" + "x\\\"".repeat(100_000) + "\"", env);
    });
    // an adversarial pattern: many stars against a long value is bounded by the work budget
    ShellLexException e = assertThrows(ShellLexException.class,
        () -> assertTimeoutPreemptively(Duration.ofSeconds(10),
            () -> word("${V//" + "*a".repeat(2_000) + "c/x}", env)));
    assertTrue(e.isLimit(), e.getMessage());
  }
}
