-- Single sign-on per workspace: the client's OpenID Connect provider. One row per client (its id is
-- the client's). The client secret is sealed by the server with AES-GCM under the configured key,
-- bound to the row; the audit trigger leaves the column named secret out of its copies.
-- role_mapping holds "group=role" lines, one per line; empty: everyone keeps the role they have.
CREATE TABLE client_single_sign_on (
    id UUID PRIMARY KEY,
    client_id UUID NOT NULL UNIQUE REFERENCES clients(id) ON DELETE CASCADE CHECK (client_id = id),
    issuer TEXT NOT NULL CHECK (issuer ~ '^https?://' AND length(issuer) <= 500),
    provider_client_id TEXT NOT NULL CHECK (length(provider_client_id) BETWEEN 1 AND 255),
    secret TEXT NOT NULL CHECK (secret LIKE 'v1:%'),
    email_claim TEXT NOT NULL DEFAULT 'email' CHECK (email_claim ~ '^[A-Za-z0-9_.:-]{1,100}$'),
    groups_claim TEXT CHECK (groups_claim ~ '^[A-Za-z0-9_.:-]{1,100}$'),
    role_mapping TEXT NOT NULL DEFAULT '' CHECK (length(role_mapping) <= 4000),
    creates_sales_users BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
GRANT SELECT, INSERT, UPDATE, DELETE ON client_single_sign_on TO ${app_role};

-- Which ways in a client allows: its own passwords, its provider's single sign-on, or both. A
-- workspace that allows single sign-on only refuses every password, whatever it is.
ALTER TABLE clients ADD COLUMN sign_in_methods TEXT NOT NULL DEFAULT 'password'
    CHECK (sign_in_methods IN ('password', 'sso', 'both'));

-- The rest of a client's sign-in policy, set by its ceo within the product's bounds: sessions end
-- after this many idle minutes (at most the server's 30) and this many hours after sign-in (at most
-- 12); and whether the client's people may make and use API keys.
ALTER TABLE clients ADD COLUMN session_idle_minutes INTEGER NOT NULL DEFAULT 30
    CHECK (session_idle_minutes BETWEEN 5 AND 30);
ALTER TABLE clients ADD COLUMN session_hours INTEGER NOT NULL DEFAULT 12
    CHECK (session_hours BETWEEN 1 AND 12);
ALTER TABLE clients ADD COLUMN api_keys_allowed BOOLEAN NOT NULL DEFAULT TRUE;
