package dev.gen.target.charm.charmhub;

/**
 * What a piece of a consumer's environment value is, when a relation to a Charmhub charm provides it: the
 * provider's host or port, the credentials it created, or the name of the resource (database, topic, index, vhost)
 * it created.
 */
public enum Role {
  HOST,
  PORT,
  USERNAME,
  PASSWORD,
  DATABASE,
  /** The user information of a URL with its {@code @}: rebuilt as {@code user:password@}, both URL-quoted. */
  USERINFO
}
