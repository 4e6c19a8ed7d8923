/**
 * Outgoing e-mail: messages queued in an outbox in the sender's transaction, rendered from templates in the
 * recipient's language, sent outside that transaction and retried, and logged. It may use the rest of the platform,
 * no module.
 */
package io.flowline.platform.mail;
