/**
 * {@code gen report}: what became of each input key in each target, and why. {@link MappingTable} joins the Compose
 * keys the model knows ({@code ComposeKeys}) with the targets' own mapping columns; {@code docs/mapping.md} is made
 * from it ({@link MappingDoc}). {@link ReportBuilder} explains one project: the keys it uses ({@link KeyInventory},
 * located in its files), the table's cells for them, and the warnings each target actually gave, attributed to keys
 * by their key paths ({@link KeyPaths}); {@link ReportWriter} writes it as Markdown and as a self-contained HTML page
 * with the topology picture.
 */
package dev.gen.report;
