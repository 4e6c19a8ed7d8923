/**
 * Cursor paging for every list: the limit and cursor of a request and the page that answers it. It may
 * use the rest of the platform, no module.
 */
package io.flowline.platform.pagination;
