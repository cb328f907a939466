-- One-time links to set a password (see README, "Passwords"): a new user's first password and a
-- forgotten one are chosen by the user alone, through a link mailed to their own address; no
-- operator or admin ever knows another person's password.

-- When the password last changed: a session signed in before it ends (SessionGuard).
ALTER TABLE users ADD COLUMN password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL
    DEFAULT CURRENT_TIMESTAMP;

-- Only the token's SHA-256 is kept: the table alone does not open an account.
CREATE TABLE password_links (
    id UUID PRIMARY KEY,
    client_id UUID NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX idx_password_links_user ON password_links (client_id, user_id);
-- Issued and withdrawn by the application in the client's name; spent only by
-- use_password_link(), which is not the application role.
GRANT SELECT, INSERT, DELETE ON password_links TO ${app_role};

-- Operators' sessions end on a password change too.
ALTER TABLE operators ADD COLUMN password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL
    DEFAULT CURRENT_TIMESTAMP;
