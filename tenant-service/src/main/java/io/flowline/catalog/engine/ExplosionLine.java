package io.flowline.catalog.engine;

import java.math.BigDecimal;

/**
 * One row of an indented explosion.
 *
 * @param level            1 for the root's own components, 2 for theirs, and so on
 * @param line             the bill-of-materials line this row expands
 * @param extendedQuantity the component quantity for the exploded quantity of the root: the parent row's
 *                         extended quantity x quantity per x (1 + scrap factor)
 */
public record ExplosionLine(int level, BomLine line, BigDecimal extendedQuantity) {
}
