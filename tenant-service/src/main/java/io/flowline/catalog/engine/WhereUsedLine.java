package io.flowline.catalog.engine;

/**
 * One row of a where-used (implosion) answer.
 *
 * @param level    1 for the item's direct parents, 2 for their parents, and so on
 * @param line     the line through which {@code line.parent()} uses {@code line.component()}
 * @param topLevel whether {@code line.parent()} is itself used nowhere
 */
public record WhereUsedLine(int level, BomLine line, boolean topLevel) {
}
