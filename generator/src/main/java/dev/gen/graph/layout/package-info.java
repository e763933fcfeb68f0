/**
 * A layered (Sugiyama-style) layout of a directed graph with boxes of any size: cycles broken by reversing the
 * back edges of a depth-first search, layers by longest path (with sources pulled down to their successors and
 * unconnected nodes in a row of their own), wide layers wrapped into several rows, long edges split by dummy
 * nodes, crossings reduced by barycentre sweeps and adjacent swaps, x coordinates by order-preserving least-squares
 * placement (pool-adjacent-violators), and edges routed as smooth curves through the gaps between rows and the
 * slots the dummy nodes keep free, so that no edge crosses a box. Deterministic: the same input gives the same
 * layout, to the last digit.
 */
package dev.gen.graph.layout;
