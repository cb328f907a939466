-- A temporary table named like one of ours would be found before it by any function whose
-- search_path does not put pg_temp last. The functions pin theirs (R__ files); nobody but the owner
-- makes temporary objects at all. CREATE DATABASE grants TEMPORARY to PUBLIC, and
-- db/setup-database.sh used to grant it to the application role.
REVOKE TEMPORARY ON DATABASE "${flyway:database}" FROM PUBLIC, ${app_role};
