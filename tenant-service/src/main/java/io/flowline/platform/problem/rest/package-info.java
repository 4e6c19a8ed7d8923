/**
 * Errors as RFC 9457 problem+json: how a problem looks on the wire, the problems of the HTTP layer itself and the
 * mappers that write them, validation errors naming their fields. It may use the rest of the platform, no module.
 */
package io.flowline.platform.problem.rest;
