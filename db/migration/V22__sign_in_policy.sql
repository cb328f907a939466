-- A client's sign-in policy: the roles whose people must use a second factor, set by its ceo.
-- Empty: nobody must (anyone may still turn it on).
ALTER TABLE clients ADD COLUMN second_factor_roles TEXT NOT NULL DEFAULT ''
    CHECK (second_factor_roles ~ '^((ceo|admin|sales)(,(ceo|admin|sales))*)?$');
