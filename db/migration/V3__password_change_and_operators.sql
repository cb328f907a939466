-- A user created or reset by someone else must choose their own password at next sign-in.
ALTER TABLE users ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT false;

-- Agency staff who provision clients. They belong to no client and are not users of one.
CREATE TABLE operators (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    email VARCHAR(255) NOT NULL UNIQUE,
    password_hash VARCHAR(255) NOT NULL,
    name VARCHAR(255) NOT NULL,
    is_active BOOLEAN NOT NULL DEFAULT true,
    last_login TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
GRANT SELECT, UPDATE ON operators TO ${app_role};

-- Operators sign in to the workspace "agency": no client may take that name.
ALTER TABLE clients ADD CONSTRAINT clients_workspace_not_agency CHECK (workspace <> 'agency');
