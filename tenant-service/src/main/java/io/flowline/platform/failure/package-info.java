/**
 * What can go wrong in the domain, said in its words: a caller not authenticated, an object not found, a rule broken by named fields, a conflict with
 * an object's state, a value already used, an action not permitted, an answer too large, stock or server busy, a version
 * gone stale, a token grant refused. Services throw these; they know nothing of HTTP or the wire records of
 * {@code io.flowline.api}, and {@code failure.rest} writes each kind as problem+json.
 */
package io.flowline.platform.failure;
