package dev.gen.target.charm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only values whose text the charm writes back unchanged get a type other than string. */
class OptionTypesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "4|INT",
      "0|INT",
      "-17|INT",
      "9223372036854775807|INT",
      "9223372036854775808|STRING",
      "-9223372036854775809|STRING",
      "0755|STRING",
      "08|STRING",
      "+1|STRING",
      "-0|STRING",
      "1e3|STRING",
      "1E3|STRING",
      "0.75|FLOAT",
      "-2.5|FLOAT",
      "1.50|STRING",
      "1.|STRING",
      ".5|STRING",
      "0.00001|STRING",
      "0.0001|FLOAT",
      "123456789012345.6|STRING",
      "12345678901234.5|FLOAT",
      "true|BOOLEAN",
      "false|BOOLEAN",
      "True|STRING",
      "yes|STRING",
      "on|STRING",
      "NaN|STRING",
      "inf|STRING",
      "0x1F|STRING",
      "1_000|STRING",
      "' 4'|STRING",
      "''|STRING",
  })
  void types(String value, OptionType expected) {
    assertEquals(expected, OptionTypes.infer(value).type(), value);
  }

  @org.junit.jupiter.api.Test
  void defaultsKeepTheirText() {
    assertEquals(4L, OptionTypes.infer("4").value());
    assertEquals(new BigDecimal("0.75"), OptionTypes.infer("0.75").value());
    assertEquals("0.75", ((BigDecimal) OptionTypes.infer("0.75").value()).toString());
    assertEquals(Boolean.FALSE, OptionTypes.infer("false").value());
    assertEquals("0755", OptionTypes.infer("0755").value());
  }
}
