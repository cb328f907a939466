-- Broad searches (thousands of matches) were counted and paged by joining every match back to
-- calls, one index probe each. The function now returns each match's sort and filter values, so
-- a search list is counted, filtered, sorted and paged on its matches alone (see README, "The
-- call list at scale").
DROP FUNCTION matching_call_ids(text);
CREATE FUNCTION matching_call_ids(pattern text)
RETURNS TABLE (id uuid, placed_at timestamptz, prospect_name varchar, user_id uuid,
               call_type varchar, status varchar, outcome varchar, loss_reason_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT c.id, c.placed_at, c.prospect_name, c.user_id, c.call_type, c.status, c.outcome,
           c.loss_reason_id
    FROM calls c
    WHERE c.client_id = current_tenant() AND c.search_text LIKE pattern
$$;
REVOKE ALL ON FUNCTION matching_call_ids(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION matching_call_ids(text) TO ${app_role};
