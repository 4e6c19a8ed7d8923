/**
 * Health checks: liveness, and readiness that needs the database and the started application, plus the
 * operator's view of them. It may use the rest of the platform, no module.
 */
package io.flowline.platform.health;
