/**
 * Limits: rate limits per token and tenant, the size of request bodies, and each plan's quotas counted by
 * the modules' usage counters. It may use the rest of the platform; modules plug in by implementing
 * {@link io.flowline.platform.limits.UsageCounter}.
 */
package io.flowline.platform.limits;
