package dev.gen.target;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Runs independent work on every core and gives the results back as a loop would: in the order of the input,
 * whatever thread finished first, and with the failure of the first failing item in that order. Output made this
 * way is the same bytes as the sequential loop's.
 */
public final class OrderedParallel {

  private OrderedParallel() {}

  /**
   * {@code work} applied to each item, on the common fork-join pool; the results in the items' order.
   *
   * @throws RuntimeException the exception (or error) of the first item, in list order, that failed
   */
  public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
    int n = items.size();
    Object[] results = new Object[n];
    Throwable[] failures = new Throwable[n];
    IntStream range = IntStream.range(0, n);
    (n > 1 ? range.parallel() : range).forEach(i -> {
      try {
        results[i] = work.apply(items.get(i));
      } catch (RuntimeException | Error e) {
        failures[i] = e;
      }
    });
    for (Throwable t : failures) {
      if (t instanceof RuntimeException e) {
        throw e;
      }
      if (t instanceof Error e) {
        throw e;
      }
    }
    @SuppressWarnings("unchecked")
    List<R> list = (List<R>) new ArrayList<>(Arrays.asList(results));
    return list;
  }
}
