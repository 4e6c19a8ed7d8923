/**
 * The domain's failures written as RFC 9457 problem+json, one JAX-RS mapper per kind: the status, the problem type,
 * the fields to blame and the headers (Retry-After, ETag, WWW-Authenticate) each kind answers with.
 */
package io.flowline.platform.failure.rest;
