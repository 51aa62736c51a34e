-- The account list sorts by display name or role and filters by role; keep those pages quick
-- however many accounts (educators sign up in numbers) the table holds. Username is unique and
-- centre_id has its foreign-key index already.
CREATE INDEX ix_user_account_display_name ON user_account (display_name);
CREATE INDEX ix_user_account_role_username ON user_account (role, username);
