/**
 * Optimistic locking over HTTP: entity versions as ETags and If-Match checked against them, so a lost
 * update is a 409 or 412. It may use the rest of the platform, no module.
 */
package io.flowline.platform.concurrency;
