-- When someone else reset a user's second factor: every session of theirs signed in before it ends.
ALTER TABLE users ADD COLUMN sessions_ended_at TIMESTAMP WITH TIME ZONE;
