-- PostgreSQL only: the access log is append-only for the application's role. UPDATE, DELETE and
-- TRUNCATE of audit_entry raise an error. (On H2, the embedded single-user database, there is no such
-- trigger; the hash chain still shows any change.) For a role that cannot even drop this trigger, run
-- the migrations as a separate owner role (spring.flyway.user) and grant the application role only
-- SELECT and INSERT on audit_entry; see README.
CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only (NEN 7513): % refused', TG_OP;
END;
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();

CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
