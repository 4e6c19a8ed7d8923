/**
 * The JAX-RS application, what the OpenAPI document says of every operation, and HTTP behaviour common to every
 * endpoint that JAX-RS does not give: content types of bodiless requests,
 * Strict-Transport-Security, and problem+json for errors the container answers itself. It may use the rest of the
 * platform, no module.
 */
package io.flowline.platform.http;
