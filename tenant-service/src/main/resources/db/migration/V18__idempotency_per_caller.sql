-- Idempotency keys are scoped per caller: "<tenant>:<user or API client>" for authenticated calls, "anonymous:<hash of
-- the request>" otherwise, both longer than the 40 characters a tenant id needed.
-- omitted_fields names the one-time secrets (client_secret, invitation_token) taken out of the stored response.
ALTER TABLE idempotency_records MODIFY scope VARCHAR(128) NOT NULL;
ALTER TABLE idempotency_records ADD COLUMN omitted_fields VARCHAR(255);
