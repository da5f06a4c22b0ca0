-- CreateTable
CREATE TABLE "DataVersion" (
    "key" TEXT NOT NULL,
    "version" BIGINT NOT NULL,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("key")
);

-- The dashboard's figures are cached by these versions (decision 072). Every version comes from one sequence,
-- so a version is never reused, whatever was deleted in between; keys are taken in order so that two writers
-- bumping the same rounds cannot deadlock.
CREATE SEQUENCE "DataVersion_seq";

CREATE FUNCTION "bump_data_version"(keys TEXT[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "DataVersion" (key, version)
  SELECT k, nextval('"DataVersion_seq"') FROM (SELECT DISTINCT k FROM unnest(keys) AS u(k) WHERE k IS NOT NULL ORDER BY k) x
  ON CONFLICT (key) DO UPDATE SET version = EXCLUDED.version;
$$;

-- A round's rows (tasks, registrations, report deadlines, evaluation cycles): the rounds of the rows a statement
-- really changed. The task figures' refresh rewrites tasks whose figures stay the same (a draft saved): those
-- are no change, so a draft leaves the cache alone and a submission does not.
CREATE FUNCTION "data_version_from_round_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "bump_data_version"(ARRAY(SELECT "roundId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "bump_data_version"(ARRAY(SELECT "roundId" FROM old_rows));
  ELSE
    PERFORM "bump_data_version"(ARRAY(
      SELECT unnest(ARRAY[n."roundId", o."roundId"])
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n IS DISTINCT FROM o));
  END IF;
  RETURN NULL;
END;
$$;

-- An evaluation belongs to a round through its cycle.
CREATE FUNCTION "data_version_from_evaluations"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN
    PERFORM "bump_data_version"(ARRAY(SELECT cy."roundId" FROM new_rows n JOIN "EvaluationCycle" cy ON cy.id = n."cycleId"));
  END IF;
  IF TG_OP <> 'INSERT' THEN
    PERFORM "bump_data_version"(ARRAY(SELECT cy."roundId" FROM old_rows o JOIN "EvaluationCycle" cy ON cy.id = o."cycleId"));
  END IF;
  RETURN NULL;
END;
$$;

-- Units, cadres and rounds count in every round's figures: they bump the version all rounds share.
CREATE FUNCTION "data_version_for_all"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "bump_data_version"(ARRAY['*']);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Task_data_version_insert" AFTER INSERT ON "Task"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_from_round_rows"();
CREATE TRIGGER "Task_data_version_update" AFTER UPDATE ON "Task"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_from_round_rows"();
CREATE TRIGGER "Task_data_version_delete" AFTER DELETE ON "Task"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_from_round_rows"();
CREATE TRIGGER "Registration_data_version_insert" AFTER INSERT ON "Registration"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_from_round_rows"();
CREATE TRIGGER "Registration_data_version_update" AFTER UPDATE ON "Registration"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_from_round_rows"();
CREATE TRIGGER "Registration_data_version_delete" AFTER DELETE ON "Registration"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_from_round_rows"();
CREATE TRIGGER "ReportDeadline_data_version_insert" AFTER INSERT ON "ReportDeadline"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_from_round_rows"();
CREATE TRIGGER "ReportDeadline_data_version_update" AFTER UPDATE ON "ReportDeadline"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_from_round_rows"();
CREATE TRIGGER "ReportDeadline_data_version_delete" AFTER DELETE ON "ReportDeadline"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_from_round_rows"();
CREATE TRIGGER "EvaluationCycle_data_version_insert" AFTER INSERT ON "EvaluationCycle"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_from_round_rows"();
CREATE TRIGGER "EvaluationCycle_data_version_update" AFTER UPDATE ON "EvaluationCycle"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_from_round_rows"();
CREATE TRIGGER "EvaluationCycle_data_version_delete" AFTER DELETE ON "EvaluationCycle"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_from_round_rows"();
CREATE TRIGGER "Evaluation_data_version_insert" AFTER INSERT ON "Evaluation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_from_evaluations"();
CREATE TRIGGER "Evaluation_data_version_update" AFTER UPDATE ON "Evaluation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_from_evaluations"();
CREATE TRIGGER "Evaluation_data_version_delete" AFTER DELETE ON "Evaluation"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_from_evaluations"();
CREATE TRIGGER "Unit_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Unit"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_version_for_all"();
CREATE TRIGGER "Cadre_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Cadre"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_version_for_all"();
CREATE TRIGGER "Round_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Round"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_version_for_all"();
