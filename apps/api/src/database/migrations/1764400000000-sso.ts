import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in through each municipality's own identity provider (OpenID Connect) and SCIM provisioning.
 * A domain belongs to at most one provider (its primary key). Sign-in attempts in flight are kept
 * by the hash of their `state`, used once. A session started through a provider remembers it, so
 * it can be re-checked and ended at the provider (RP-initiated logout).
 */
export class Sso1764400000000 implements MigrationInterface {
  name = 'Sso1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE identity_provider (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        issuer text NOT NULL,
        client_id text NOT NULL,
        client_secret_enc text NOT NULL,
        sso_only boolean NOT NULL DEFAULT false,
        create_people boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE identity_provider_domain (
        domain text PRIMARY KEY CHECK (domain = lower(domain)),
        provider_id uuid NOT NULL REFERENCES identity_provider(id) ON DELETE CASCADE
      );
      CREATE INDEX identity_provider_domain_provider_idx ON identity_provider_domain (provider_id);

      -- A person's account at a provider, by the provider's issuer and the subject it gives them.
      CREATE TABLE sso_link (
        issuer text NOT NULL,
        subject text NOT NULL,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (issuer, subject),
        UNIQUE (issuer, person_id)
      );

      CREATE TABLE sso_state (
        state_hash text PRIMARY KEY,
        provider_id uuid NOT NULL REFERENCES identity_provider(id) ON DELETE CASCADE,
        code_verifier text NOT NULL,
        nonce text NOT NULL,
        return_to text NOT NULL,
        expires_at timestamptz NOT NULL
      );

      ALTER TABLE session
        ADD COLUMN sso_provider_id uuid REFERENCES identity_provider(id) ON DELETE CASCADE,
        ADD COLUMN sso_refresh_token_enc text,
        ADD COLUMN sso_checked_at timestamptz,
        ADD COLUMN sso_logout_url text;
      CREATE INDEX session_sso_checked_idx ON session (sso_checked_at) WHERE sso_provider_id IS NOT NULL;

      CREATE TABLE scim_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES identity_provider(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        token_hash text NOT NULL UNIQUE,
        prefix text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz
      );

      -- People a provider's directory manages over SCIM; deleted_at: the directory deleted them.
      CREATE TABLE scim_user (
        person_id uuid PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
        provider_id uuid NOT NULL REFERENCES identity_provider(id) ON DELETE CASCADE,
        external_id text,
        deleted_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE scim_user; DROP TABLE scim_token;
      ALTER TABLE session DROP COLUMN sso_provider_id, DROP COLUMN sso_refresh_token_enc, DROP COLUMN sso_checked_at, DROP COLUMN sso_logout_url;
      DROP TABLE sso_state; DROP TABLE sso_link; DROP TABLE identity_provider_domain; DROP TABLE identity_provider;
    `);
  }
}
