/** Pages of rows written as the API's cursor-paginated lists. */
package io.flowline.platform.pagination.rest;
