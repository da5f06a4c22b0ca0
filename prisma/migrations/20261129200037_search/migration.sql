-- Search that forgives accents, case and Unicode form (decision 067). unaccent and pg_trgm are "trusted"
-- extensions (PostgreSQL 13+): the database owner that runs the migrations may create them, no superuser needed.
-- The embedded PGlite has them as contrib extensions, loaded by lib/db/pglite.ts wherever a PGlite is opened.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The one normal form of searched text, for the stored columns and for the query alike: composed (NFC), so a
-- decomposed "Hoàng" is the composed one; accents removed by unaccent's rules (they also map đ/Đ to d/D);
-- lower case; runs of white space as one space. Schema-qualified throughout, because pg_restore runs with an
-- empty search_path. Declared IMMUTABLE (unaccent is only STABLE because its dictionary could be changed):
-- the rules file is part of the installation, and the stored columns are recomputed by touching the rows if it
-- ever changes.
CREATE FUNCTION public.search_norm(value TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
  SELECT btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, normalize(value, NFC))), '\s+', ' ', 'g'))
$$;

-- AlterTable
ALTER TABLE "Cadre" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "ProposedTask" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- The search columns are kept by the database from the columns they summarise, on every insert and update,
-- so no write path of the app (nor the seed, nor the benchmark's bulk inserts) can forget them, and a value the
-- app tried to write itself is overwritten. The parts are separated by " | " so that the first part (a name, a
-- code) can be ranked as an exact match.
CREATE FUNCTION "search_text_unit"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := public.search_norm(NEW.name || ' | ' || NEW.code);
  RETURN NEW;
END $$;
CREATE TRIGGER "Unit_searchText" BEFORE INSERT OR UPDATE ON "Unit"
  FOR EACH ROW EXECUTE FUNCTION "search_text_unit"();

CREATE FUNCTION "search_text_cadre"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := public.search_norm(NEW."fullName" || ' | ' || NEW."positionTitle");
  RETURN NEW;
END $$;
CREATE TRIGGER "Cadre_searchText" BEFORE INSERT OR UPDATE ON "Cadre"
  FOR EACH ROW EXECUTE FUNCTION "search_text_cadre"();

CREATE FUNCTION "search_text_user"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := public.search_norm(NEW."fullName" || ' | ' || NEW.username);
  RETURN NEW;
END $$;
CREATE TRIGGER "User_searchText" BEFORE INSERT OR UPDATE ON "User"
  FOR EACH ROW EXECUTE FUNCTION "search_text_user"();

CREATE FUNCTION "search_text_proposed_task"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := public.search_norm(NEW.title);
  RETURN NEW;
END $$;
CREATE TRIGGER "ProposedTask_searchText" BEFORE INSERT OR UPDATE ON "ProposedTask"
  FOR EACH ROW EXECUTE FUNCTION "search_text_proposed_task"();

CREATE FUNCTION "search_text_task"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := public.search_norm(NEW.code || ' | ' || NEW.title);
  RETURN NEW;
END $$;
CREATE TRIGGER "Task_searchText" BEFORE INSERT OR UPDATE ON "Task"
  FOR EACH ROW EXECUTE FUNCTION "search_text_task"();

-- Rows already there.
UPDATE "Unit" SET "searchText" = public.search_norm(name || ' | ' || code);
UPDATE "Cadre" SET "searchText" = public.search_norm("fullName" || ' | ' || "positionTitle");
UPDATE "User" SET "searchText" = public.search_norm("fullName" || ' | ' || username);
UPDATE "ProposedTask" SET "searchText" = public.search_norm(title);
UPDATE "Task" SET "searchText" = public.search_norm(code || ' | ' || title);

-- CreateIndex
CREATE INDEX "Cadre_searchText_idx" ON "Cadre" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ProposedTask_searchText_idx" ON "ProposedTask" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Task_searchText_idx" ON "Task" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Unit_searchText_idx" ON "Unit" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_searchText_idx" ON "User" USING GIN ("searchText" gin_trgm_ops);
