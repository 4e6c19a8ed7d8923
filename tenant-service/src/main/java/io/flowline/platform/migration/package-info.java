/**
 * Schema migrations: Flyway runs the SQL migrations, and the few written in Java, when the application
 * starts. It may use the rest of the platform, no module.
 */
package io.flowline.platform.migration;
