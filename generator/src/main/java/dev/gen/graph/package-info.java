/**
 * {@code gen graph}: the topology of a project (services, the dependencies between them, ports, storage and
 * secrets) as a picture gen lays out and draws itself (SVG, with {@link dev.gen.graph.layout.LayeredLayout}), or as
 * text for other tools (Mermaid, Graphviz DOT). {@link Topology} is the one graph all three formats draw.
 */
package dev.gen.graph;
