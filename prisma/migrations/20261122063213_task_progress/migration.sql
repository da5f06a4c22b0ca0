-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "lateQuarters" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN     "meanPercent" DOUBLE PRECISION,
ADD COLUMN     "progress" DECIMAL(6,1) NOT NULL DEFAULT 0,
ADD COLUMN     "reachedCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "submittedQuarters" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN     "targetCount" INTEGER NOT NULL DEFAULT 0;

-- Recomputes the figures of the given tasks from their targets and submitted reports, by the rules of
-- lib/domain/progress.ts (an integration test holds the dashboard built on them equal to those rules): each
-- target measured at its latest submitted report; its progress the share of the way from the baseline (zero
-- for REACH, or for INCREASE without one) to the target, never below 0, all-or-nothing when there is no way
-- to go; the task's progress the mean of its targets', each capped at 100, unmeasured ones counting 0.
-- The ids are joined as a table, not matched with = ANY: against a parameter that is a linear search per row,
-- which a bulk insert of thousands of tasks' reports turns into billions of comparisons.
CREATE FUNCTION "refresh_task_progress"(task_ids TEXT[]) RETURNS void LANGUAGE sql AS $$
  WITH ids AS MATERIALIZED (
    SELECT DISTINCT id FROM unnest(task_ids) AS k(id)
  ),
  submitted AS (
    SELECT r.id, r."taskId", r.year, r.quarter, r."isLate"
    FROM "QuarterlyReport" r JOIN ids ON ids.id = r."taskId"
    WHERE r.status IN ('SUBMITTED', 'RESPONDED')
  ),
  latest AS (
    SELECT DISTINCT ON (ta."targetId") ta."targetId", ta."actualValue"
    FROM "TargetActual" ta JOIN submitted r ON r.id = ta."reportId"
    ORDER BY ta."targetId", r.year DESC, r.quarter DESC
  ),
  measured AS (
    SELECT tg."taskId", tg.direction, l."actualValue" AS actual, tg."targetValue" AS target,
      CASE WHEN tg.direction = 'REACH' THEN 0
           WHEN tg.baseline IS NULL AND tg.direction = 'INCREASE' THEN 0
           ELSE tg.baseline END AS origin
    FROM "Target" tg JOIN ids ON ids.id = tg."taskId" LEFT JOIN latest l ON l."targetId" = tg.id
  ),
  target_progress AS (
    SELECT "taskId", actual IS NOT NULL AS is_measured,
      CASE WHEN actual IS NULL THEN false
           WHEN direction = 'DECREASE' THEN actual <= target ELSE actual >= target END AS reached,
      CASE WHEN actual IS NULL THEN NULL
           WHEN origin IS NULL OR target = origin THEN
             CASE WHEN (CASE WHEN direction = 'DECREASE' THEN actual <= target ELSE actual >= target END) THEN 100 ELSE 0 END
           ELSE GREATEST(0, round((actual - origin) / (target - origin) * 100, 1)) END AS percent
    FROM measured
  ),
  per_task AS (
    SELECT t.id, count(tp."taskId") AS targets, count(*) FILTER (WHERE tp.reached) AS reached,
      round(coalesce(avg(LEAST(100, coalesce(tp.percent, 0))) FILTER (WHERE tp."taskId" IS NOT NULL), 0), 1) AS progress,
      avg(tp.percent) FILTER (WHERE tp.is_measured) AS mean_percent
    FROM ids t LEFT JOIN target_progress tp ON tp."taskId" = t.id
    GROUP BY t.id
  ),
  quarters AS (
    SELECT "taskId", array_agg(year * 10 + quarter ORDER BY year, quarter) AS submitted,
      coalesce(array_agg(year * 10 + quarter ORDER BY year, quarter) FILTER (WHERE "isLate"), '{}') AS late
    FROM submitted GROUP BY "taskId"
  )
  UPDATE "Task" t
  SET "targetCount" = p.targets, "reachedCount" = p.reached, progress = p.progress, "meanPercent" = p.mean_percent,
      "submittedQuarters" = coalesce(q.submitted, '{}'), "lateQuarters" = coalesce(q.late, '{}')
  FROM per_task p LEFT JOIN quarters q ON q."taskId" = p.id
  WHERE t.id = p.id;
$$;

-- One refresh per statement, of the tasks it touched, so that a bulk insert (the seed, the benchmark) costs
-- one pass rather than one per row.
CREATE FUNCTION "task_progress_from_tasks"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN
    PERFORM "refresh_task_progress"(ARRAY(SELECT DISTINCT "taskId" FROM new_rows WHERE "taskId" IS NOT NULL));
  END IF;
  IF TG_OP <> 'INSERT' THEN
    PERFORM "refresh_task_progress"(ARRAY(SELECT DISTINCT "taskId" FROM old_rows WHERE "taskId" IS NOT NULL));
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "task_progress_from_actuals"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN
    PERFORM "refresh_task_progress"(ARRAY(
      SELECT DISTINCT r."taskId" FROM new_rows n JOIN "QuarterlyReport" r ON r.id = n."reportId"));
  END IF;
  IF TG_OP <> 'INSERT' THEN
    PERFORM "refresh_task_progress"(ARRAY(
      SELECT DISTINCT r."taskId" FROM old_rows o JOIN "QuarterlyReport" r ON r.id = o."reportId"));
  END IF;
  RETURN NULL;
END;
$$;

-- A trigger with transition tables has one event each.
CREATE TRIGGER "Target_progress_insert" AFTER INSERT ON "Target"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "task_progress_from_tasks"();
CREATE TRIGGER "Target_progress_update" AFTER UPDATE ON "Target"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "task_progress_from_tasks"();
CREATE TRIGGER "Target_progress_delete" AFTER DELETE ON "Target"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "task_progress_from_tasks"();
CREATE TRIGGER "QuarterlyReport_progress_insert" AFTER INSERT ON "QuarterlyReport"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "task_progress_from_tasks"();
CREATE TRIGGER "QuarterlyReport_progress_update" AFTER UPDATE ON "QuarterlyReport"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "task_progress_from_tasks"();
CREATE TRIGGER "QuarterlyReport_progress_delete" AFTER DELETE ON "QuarterlyReport"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "task_progress_from_tasks"();
CREATE TRIGGER "TargetActual_progress_insert" AFTER INSERT ON "TargetActual"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "task_progress_from_actuals"();
CREATE TRIGGER "TargetActual_progress_update" AFTER UPDATE ON "TargetActual"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "task_progress_from_actuals"();
CREATE TRIGGER "TargetActual_progress_delete" AFTER DELETE ON "TargetActual"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "task_progress_from_actuals"();

-- The tasks already there.
SELECT "refresh_task_progress"(ARRAY(SELECT id FROM "Task"));
