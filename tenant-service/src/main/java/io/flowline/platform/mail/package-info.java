/**
 * Outgoing e-mail: messages queued in an outbox in the sender's transaction, rendered from templates in the
 * recipient's language, sent outside that transaction and retried, and logged. It may use the rest of the platform,
 * no module. The queue is read by {@code MailQueueEntryRepository} (repositories are named {@code <Aggregate>Repository}).
 */
package io.flowline.platform.mail;
