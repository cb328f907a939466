-- Set-password links (see README, "Passwords"): the two functions a person without a session
-- reaches, and when a password last changed (a session older than that ends). This file is the current definition; Flyway runs it
-- again whenever it changes (see README, "SQL objects"). Tables stay in the versioned migrations.

CREATE OR REPLACE FUNCTION stamp_password_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    -- A stronger hash of the same password, written at sign-in (PasswordRehash), is no change of
    -- password: the owner's sessions stay.
    IF current_setting('propaganda.password_rehash', true) IS DISTINCT FROM 'on' THEN
        NEW.password_changed_at := clock_timestamp();
    END IF;
    RETURN NEW;
END;
$$;
CREATE OR REPLACE TRIGGER users_password_changed BEFORE UPDATE OF password_hash ON users
    FOR EACH ROW WHEN (OLD.password_hash IS DISTINCT FROM NEW.password_hash)
    EXECUTE FUNCTION stamp_password_change();
CREATE OR REPLACE TRIGGER operators_password_changed BEFORE UPDATE OF password_hash ON operators
    FOR EACH ROW WHEN (OLD.password_hash IS DISTINCT FROM NEW.password_hash)
    EXECUTE FUNCTION stamp_password_change();

CREATE OR REPLACE TRIGGER password_links_audit AFTER INSERT OR UPDATE OR DELETE ON password_links
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();

-- The set-password page, before anyone signs in: whose link the token is, while it may be used.
CREATE OR REPLACE FUNCTION password_link_account(link_hash text)
RETURNS TABLE (workspace text, email text, name text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT c.workspace::text, u.email::text, u.name::text
    FROM public.password_links l
    JOIN public.users u ON u.id = l.user_id AND u.client_id = l.client_id
    JOIN public.clients c ON c.id = l.client_id
    WHERE l.token_hash = link_hash AND l.used_at IS NULL AND l.expires_at > clock_timestamp()
      AND u.is_active AND c.is_active
$$;

-- Sets the password of the link's user and spends every open link of theirs, in the user's own
-- name in the audit log. NULL when the link is unknown, spent or expired.
CREATE OR REPLACE FUNCTION use_password_link(link_hash text, new_password_hash text) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    owner_id uuid;
BEGIN
    SELECT l.user_id INTO owner_id
    FROM public.password_links l
    JOIN public.users u ON u.id = l.user_id AND u.client_id = l.client_id
    JOIN public.clients c ON c.id = l.client_id
    WHERE l.token_hash = link_hash AND l.used_at IS NULL AND l.expires_at > clock_timestamp()
      AND u.is_active AND c.is_active
    FOR UPDATE OF l;
    IF owner_id IS NULL THEN
        RETURN NULL;
    END IF;
    PERFORM set_config('app.actor_user', owner_id::text, true);
    PERFORM set_config('app.actor_operator', '', true);
    UPDATE public.password_links SET used_at = clock_timestamp()
    WHERE user_id = owner_id AND used_at IS NULL;
    UPDATE public.users SET password_hash = new_password_hash, must_change_password = false
    WHERE id = owner_id;
    RETURN owner_id;
END;
$$;

REVOKE ALL ON FUNCTION password_link_account(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION password_link_account(text) TO ${app_role};
REVOKE ALL ON FUNCTION use_password_link(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION use_password_link(text, text) TO ${app_role};
