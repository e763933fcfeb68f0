package dev.gen.model.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gen.model.compose.SecretDetector.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretDetectorTest {

  private static final Verdict PLAIN = Verdict.PLAIN;

  @ParameterizedTest(name = "{0}={1} -> {2}")
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      // by name, case-insensitively
      "POSTGRES_PASSWORD     | s3cret                          | name",
      "db_password           | s3cret                          | name",
      "MYSQL_ROOT_PASSWD     | x                               | name",
      "SESSION_SECRET        | NULL                            | name",
      "GITHUB_TOKEN          | ghp_x                           | name",
      "TOKEN_TTL_SECONDS     | 3600                            | name",
      "AWS_ACCESS_KEY        | AKIA                            | name",
      "OPENAI_API_KEY        | sk-x                            | name",
      "ApiKey_API_KEY_ID     | 1                               | name",
      "SSH_PRIVATE_KEY_PEM   | -----BEGIN                      | name",
      "GOOGLE_CREDENTIALS    | {}                              | name",
      "DB_PASSWORD           | ''                              | name",
      // *_FILE with an absolute path points at a mounted secret: not secret itself
      "POSTGRES_PASSWORD_FILE| /run/secrets/db_password        | NULL",
      "API_KEY_FILE          | /run/secrets/key                | NULL",
      // ... but a relative path, or no value, is still named like a secret
      "POSTGRES_PASSWORD_FILE| secrets/db_password             | name",
      "POSTGRES_PASSWORD_FILE| NULL                            | name",
      // switches about passwords are not passwords
      "ALLOW_EMPTY_PASSWORD  | yes                             | NULL",
      "MARIADB_RANDOM_ROOT_PASSWORD | 1                        | NULL",
      "MYSQL_ALLOW_EMPTY_PASSWORD | true                       | NULL",
      "ALLOW_EMPTY_PASSWORD  | hunter2                         | name",
      "USER_PASSWORD         | yes                             | name",
      // URL user information with a password
      "DATABASE_URL          | postgres://u:p@db:5432/x        | url-credentials",
      "BROKER                | amqp://guest:guest@rabbit//     | url-credentials",
      "DSN                   | mysql://app:p@ss@w0rd@db/app    | url-credentials",
      "MONGO                 | mongodb://u:p@a:1,b:2/db        | url-credentials",
      "DATABASE_URL          | postgres://shop@db:5432/shop    | NULL",
      "DATABASE_URL          | postgres://shop:@db/shop        | NULL",
      "HOME_PAGE             | https://example.com/a:b@c       | NULL",
      "PLAIN                 | user:pass@host                  | NULL",
      // nothing secret
      "KEYBOARD_LAYOUT       | us                              | NULL",
      "MONKEY                | banana                          | NULL",
      "LOG_LEVEL             | debug                           | NULL",
      "NULL_VALUE            | NULL                            | NULL",
  })
  void classifies(String name, String value, String reason) {
    Verdict expected = reason == null ? PLAIN : new Verdict(true, reason);
    assertEquals(expected, SecretDetector.classify(name.trim(), value == null ? null : value.trim()));
  }
}
