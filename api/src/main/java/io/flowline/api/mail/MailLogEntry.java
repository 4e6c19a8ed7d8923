package io.flowline.api.mail;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An e-mail the service sent or is sending for the company, and how that went. The text itself is not shown: "
        + "it may hold a single-use link meant only for the recipient.")
public record MailLogEntry(
        @Schema(examples = "msg_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "mail_message") String object,
        @Schema(examples = "jane@acme.example") String recipient,
        @Schema(examples = "Acme Parquet GmbH invites you to Flowline") String subject,
        @Schema(description = "What the e-mail is for.", enumeration = {"verification", "already_registered", "password_reset", "invitation"})
        String kind,
        @Schema(description = "Language it was written in (BCP 47).", enumeration = {"en", "nb", "sv", "zh-CN"}) String language,
        @Schema(description = "`queued` until the mail server took it (retried with growing waits after a failure), then `sent`; "
                + "`failed` once every attempt failed.", enumeration = {"queued", "sent", "failed"}) String status,
        @Schema(description = "Attempts made so far.", examples = "1") int attempts,
        @Schema(description = "Why the last attempt failed; null after a success.") String lastError,
        @Schema(description = "When the next attempt is due, while queued.") Instant nextAttemptAt,
        Instant sentAt,
        Instant createdAt,
        Instant updatedAt) {
}
