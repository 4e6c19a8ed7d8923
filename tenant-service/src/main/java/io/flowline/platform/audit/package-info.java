/**
 * The audit log: who changed what in a tenant and when, written in the same transaction as the change, and
 * the trail read back. It may use the rest of the platform, no module.
 */
package io.flowline.platform.audit;
