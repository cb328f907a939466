-- Row-level security keeps LIKE (not leakproof) out of index conditions, so the trigram index
-- went unused and a search read every row of the client. This function runs as the owner, so the
-- index serves it, and it filters on current_tenant() itself: the caller's transaction setting,
-- exactly what the policy uses. It returns ids of the caller's own client only.
CREATE FUNCTION matching_call_ids(pattern text) RETURNS TABLE (id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT c.id FROM calls c WHERE c.client_id = current_tenant() AND c.search_text LIKE pattern
$$;
REVOKE ALL ON FUNCTION matching_call_ids(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION matching_call_ids(text) TO ${app_role};
