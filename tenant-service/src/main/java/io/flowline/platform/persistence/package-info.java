/**
 * The database beneath JPA: entity managers joined to the JTA transaction by construction (the caller's, and one per
 * tenant per transaction), the only place that calls joinTransaction; retrying a read after a lost connection,
 * converters, and the database's failures (unavailable, duplicate key) told apart so they become the right answer. It
 * may use the rest of the platform, no module.
 */
package io.flowline.platform.persistence;
