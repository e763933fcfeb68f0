package dev.gen.model;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An immutable list of named model items that also finds an item by name in constant time: {@link Project}'s lists
 * of services, volumes, secrets and configs are looked up by name for every service, and a linear search each time
 * would make a large project cost the square of its size. Equal to any list with the same items.
 */
final class NamedList<T> extends AbstractList<T> implements RandomAccess {

  private final List<T> items;
  private final Map<String, T> byName = new HashMap<>();

  private NamedList(List<T> items, Function<T, String> name) {
    this.items = items;
    for (T item : items) {
      byName.putIfAbsent(name.apply(item), item); // the first, as a search in list order finds it
    }
  }

  /** A null-tolerant defensive copy of {@code list}, indexed by {@code name}. */
  static <T> List<T> of(List<T> list, Function<T, String> name) {
    return new NamedList<>(Models.list(list), name);
  }

  /** The first item of that name in {@code list}: by the index when the list is a NamedList. */
  static <T> Optional<T> find(List<T> list, String name, Function<T, String> nameOf) {
    if (list instanceof NamedList<T> named) {
      return Optional.ofNullable(named.byName.get(name));
    }
    return list.stream().filter(item -> nameOf.apply(item).equals(name)).findFirst();
  }

  @Override
  public T get(int index) {
    return items.get(index);
  }

  @Override
  public int size() {
    return items.size();
  }
}
