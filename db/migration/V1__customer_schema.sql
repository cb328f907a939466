-- The customer's schema design (shared/seed/000_594587d7005cf077.txt), as written.
-- Never edit this file: later changes go in later migrations.

CREATE TABLE clients (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    name VARCHAR(255) NOT NULL,
    email VARCHAR(255) UNIQUE NOT NULL,
    phone VARCHAR(50),
    address TEXT,
    is_active BOOLEAN DEFAULT true,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE users (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    client_id UUID NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    email VARCHAR(255) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    name VARCHAR(255) NOT NULL,
    role VARCHAR(20) NOT NULL CHECK (role IN ('ceo', 'admin', 'sales')),
    is_active BOOLEAN DEFAULT true,
    last_login TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    UNIQUE(client_id, email)
);

CREATE TABLE loss_reasons (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    client_id UUID NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    name VARCHAR(255) NOT NULL,
    description TEXT,
    is_active BOOLEAN DEFAULT true,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    UNIQUE(client_id, name)
);

CREATE TABLE calls (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    client_id UUID NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    prospect_name VARCHAR(255) NOT NULL,
    prospect_email VARCHAR(255),
    prospect_phone VARCHAR(50),
    call_type VARCHAR(20) NOT NULL CHECK (call_type IN ('inbound', 'outbound')),
    status VARCHAR(20) NOT NULL CHECK (status IN ('completed', 'no-show', 'rescheduled')),
    outcome VARCHAR(20) CHECK (outcome IN ('won', 'lost', 'tbd')),
    loss_reason_id UUID REFERENCES loss_reasons(id) ON DELETE SET NULL,
    notes TEXT,
    call_duration INTEGER, -- in seconds
    scheduled_at TIMESTAMP WITH TIME ZONE,
    completed_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE audit_logs (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    client_id UUID REFERENCES clients(id) ON DELETE CASCADE,
    user_id UUID REFERENCES users(id) ON DELETE SET NULL,
    table_name VARCHAR(100) NOT NULL,
    record_id UUID NOT NULL,
    action VARCHAR(20) NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE', 'SELECT')),
    old_values JSONB,
    new_values JSONB,
    ip_address INET,
    user_agent TEXT,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP
);

-- Clients table
CREATE INDEX idx_clients_email ON clients(email);
CREATE INDEX idx_clients_active ON clients(is_active);

-- Users table
CREATE INDEX idx_users_client_id ON users(client_id);
CREATE INDEX idx_users_email ON users(client_id, email);
CREATE INDEX idx_users_role ON users(client_id, role);
CREATE INDEX idx_users_active ON users(client_id, is_active);

-- Loss Reasons table
CREATE INDEX idx_loss_reasons_client_id ON loss_reasons(client_id);
CREATE INDEX idx_loss_reasons_active ON loss_reasons(client_id, is_active);

-- Calls table
CREATE INDEX idx_calls_client_id ON calls(client_id);
CREATE INDEX idx_calls_user_id ON calls(client_id, user_id);
CREATE INDEX idx_calls_status ON calls(client_id, status);
CREATE INDEX idx_calls_outcome ON calls(client_id, outcome);
CREATE INDEX idx_calls_created_at ON calls(client_id, created_at);
CREATE INDEX idx_calls_completed_at ON calls(client_id, completed_at);

-- Audit Logs table
CREATE INDEX idx_audit_logs_client_id ON audit_logs(client_id);
CREATE INDEX idx_audit_logs_user_id ON audit_logs(client_id, user_id);
CREATE INDEX idx_audit_logs_table_name ON audit_logs(client_id, table_name);
CREATE INDEX idx_audit_logs_created_at ON audit_logs(client_id, created_at);
