/**
 * Public identifiers: opaque, prefixed ids such as {@code ord_…} for every object the API shows. Plain Java,
 * used by every module; it uses nothing else.
 */
package io.flowline.platform.ids;
