-- The application's own database role, for production on PostgreSQL (docs/decisions/046).
--
-- Two roles: the OWNER owns the schema and runs the migrations (npm run db:migrate with its URL); the
-- APPLICATION role is what the app's DATABASE_URL signs in as. The application role may read and write the
-- ordinary tables, but on the audit table only INSERT and SELECT: it cannot UPDATE, DELETE or TRUNCATE it,
-- and, not owning it, cannot drop or disable its append-only trigger, replace the trigger's function, or
-- alter the table. It cannot create objects, nor write the migration history.
--
-- Run it after the migrations, as a superuser, or as the owner (then the application role must already
-- exist, or the owner needs CREATEROLE), every time: it is idempotent, and re-granting after a migration is
-- harmless (tables created later are covered by the default privileges below anyway).
--
--   npm run db:roles                              (reads DATABASE_URL, APP_DB_ROLE, APP_DB_PASSWORD)
--   PGOPTIONS="-c dotpha.app_role=dotpha_app" psql "$OWNER_URL" -v ON_ERROR_STOP=1 -f scripts/db-roles.sql
--
-- The role's name (and optionally its password) arrive as the settings dotpha.app_role and
-- dotpha.app_password, so that this file runs unchanged from psql and from the npm script.
DO $roles$
DECLARE
  app_role text := nullif(current_setting('dotpha.app_role', true), '');
  app_password text := nullif(current_setting('dotpha.app_password', true), '');
  owner_role text;
  queue_owner text;
BEGIN
  IF app_role IS NULL THEN
    RAISE EXCEPTION 'Set dotpha.app_role to the application role''s name.';
  END IF;
  SELECT tableowner INTO owner_role FROM pg_tables WHERE schemaname = 'public' AND tablename = 'AuditEvent';
  IF owner_role IS NULL THEN
    RAISE EXCEPTION 'No "AuditEvent" table in schema public of %: run the migrations first.', current_database();
  END IF;
  IF app_role = owner_role THEN
    RAISE EXCEPTION 'The application role must not be the owner (%).', owner_role;
  END IF;

  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app_role) THEN
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS', app_role);
  END IF;
  IF app_password IS NOT NULL THEN
    EXECUTE format('ALTER ROLE %I PASSWORD %L', app_role, app_password);
  END IF;
  -- A superuser or a member of the owner role would have the owner's rights whatever is granted below.
  IF (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = app_role) THEN
    RAISE EXCEPTION 'The application role % is a superuser or bypasses row security.', app_role;
  END IF;
  IF pg_has_role(app_role, owner_role, 'USAGE') THEN
    RAISE EXCEPTION 'The application role % is a member of the owner role %.', app_role, owner_role;
  END IF;

  EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), app_role);
  EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app_role);
  -- PostgreSQL before 15 lets everybody create objects in schema public.
  IF has_schema_privilege(app_role, 'public', 'CREATE') THEN
    EXECUTE 'REVOKE CREATE ON SCHEMA public FROM PUBLIC';
    EXECUTE format('REVOKE CREATE ON SCHEMA public FROM %I', app_role);
  END IF;
  IF has_schema_privilege(app_role, 'public', 'CREATE') THEN
    RAISE EXCEPTION 'The application role % may still create objects in schema public.', app_role;
  END IF;

  -- Start from nothing, so that running this again also takes back anything granted by hand.
  EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', app_role);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app_role);
  EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON "AuditEvent", "_prisma_migrations" FROM %I', app_role);
  EXECUTE format('GRANT INSERT ON "AuditEvent" TO %I', app_role);
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app_role);

  -- Tables and sequences the owner creates in later migrations get the ordinary rights by themselves.
  EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
    owner_role, app_role);
  EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I',
    owner_role, app_role);

  -- The job queue's schema (pg-boss, docs/decisions/077), installed by npm run db:migrate as the owner: the
  -- application role uses its tables, sequences and functions, and creates nothing there (no CREATE on the
  -- schema). Skipped, with a notice, on a database migrated before the queue existed: migrate, then run this again.
  IF to_regnamespace('pgboss') IS NULL THEN
    RAISE NOTICE 'No schema pgboss (the job queue): run npm run db:migrate, then this script again.';
  ELSE
    SELECT nspowner::regrole::text INTO queue_owner FROM pg_namespace WHERE nspname = 'pgboss';
    IF pg_has_role(app_role, queue_owner::regrole, 'USAGE') THEN
      RAISE EXCEPTION 'The application role % is, or is a member of, the owner of schema pgboss (%).', app_role, queue_owner;
    END IF;
    EXECUTE format('REVOKE ALL ON SCHEMA pgboss FROM %I', app_role);
    EXECUTE format('GRANT USAGE ON SCHEMA pgboss TO %I', app_role);
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA pgboss FROM %I', app_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO %I', app_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA pgboss TO %I', app_role);
    EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pgboss TO %I', app_role);
    -- Tables a later pg-boss upgrade creates (the owner runs it) get the same rights by themselves.
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %s IN SCHEMA pgboss GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
      queue_owner, app_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %s IN SCHEMA pgboss GRANT USAGE, SELECT ON SEQUENCES TO %I',
      queue_owner, app_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %s IN SCHEMA pgboss GRANT EXECUTE ON FUNCTIONS TO %I',
      queue_owner, app_role);
    IF has_schema_privilege(app_role, 'pgboss', 'CREATE') THEN
      RAISE EXCEPTION 'The application role % may create objects in schema pgboss.', app_role;
    END IF;
  END IF;
END
$roles$;
