/**
 * The shared machinery every module uses, in its subpackages: tenancy, identity, security, problems, pagination,
 * idempotency, audit, limits, mail and health. The HTTP machinery (the JAX-RS application, filters, exception mappers,
 * OpenAPI filters) lives in {@code platform.http} and the subpackages' {@code rest}. It may use no module: where it needs
 * one (usage counts for quotas), it declares an interface the module implements.
 */
package io.flowline.platform;
