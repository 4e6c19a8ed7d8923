/**
 * The shared machinery every module uses: the JAX-RS application and, in its subpackages, tenancy, identity,
 * security, problems, pagination, idempotency, audit, limits, mail and health. It may use no module: where it needs one
 * (usage counts for quotas), it declares an interface the module implements.
 */
package io.flowline.platform;
