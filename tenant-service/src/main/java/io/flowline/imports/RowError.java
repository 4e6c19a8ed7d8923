package io.flowline.imports;

/**
 * What is wrong with one cell, row or the whole file: the line (the header being line 1; none for the whole file) and the
 * column (none for a whole row or file). A failed job keeps them as JSON of these names, which the API shows as they are.
 */
public record RowError(Integer line, String column, String message) {
}
