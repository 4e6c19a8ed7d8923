-- A per-principal token version: access tokens carry the version they were issued at (claim "ver"), and a request
-- whose token is older than the principal's current version is refused. Signing out everywhere bumps it.
ALTER TABLE users ADD COLUMN token_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE api_clients ADD COLUMN token_version BIGINT NOT NULL DEFAULT 0;
