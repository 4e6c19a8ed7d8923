/**
 * Tenants: sign-up, the tenant bound to each request and its EntityManager, settings such as enabled modules,
 * workflow and number formats, and the base class of every tenant-owned entity. It may use the rest of the platform, no
 * module.
 */
package io.flowline.platform.tenancy;
