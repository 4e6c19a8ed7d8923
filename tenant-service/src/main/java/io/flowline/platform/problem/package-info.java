/**
 * Errors as RFC 9457 problem+json: the problem type the services throw and the mappers that write it,
 * validation errors naming their fields. It may use the rest of the platform, no module.
 */
package io.flowline.platform.problem;
