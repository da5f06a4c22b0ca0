/*
  Warnings:

  - A unique constraint covering the columns `[roundId,periodKind,year,quarter]` on the table `EvaluationCycle` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "RatingRuleSet" AS ENUM ('QD366_2025', 'PILOT_2021');

-- CreateEnum
CREATE TYPE "EvaluationPeriodKind" AS ENUM ('QUARTER', 'YEAR', 'TERM');

-- DropIndex
DROP INDEX "EvaluationCycle_roundId_year_key";

-- AlterTable
ALTER TABLE "Cadre" ADD COLUMN     "headsUnit" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Evaluation" ADD COLUMN     "proposalFacts" JSONB,
ADD COLUMN     "ruleSet" "RatingRuleSet",
ADD COLUMN     "ruleSetVersion" INTEGER;

-- AlterTable
ALTER TABLE "EvaluationCycle" ADD COLUMN     "councilRequired" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "dueDate" TIMESTAMP(3),
ADD COLUMN     "periodKind" "EvaluationPeriodKind" NOT NULL DEFAULT 'YEAR',
ADD COLUMN     "quarter" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "ratingRuleSet" "RatingRuleSet" NOT NULL DEFAULT 'QD366_2025';

-- AlterTable
ALTER TABLE "TaskSelfAssessment" ADD COLUMN     "achieved" TEXT,
ADD COLUMN     "objectiveCauses" TEXT,
ADD COLUMN     "subjectiveCauses" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationCycle_roundId_periodKind_year_quarter_key" ON "EvaluationCycle"("roundId", "periodKind", "year", "quarter");

-- Rounds and evaluations that exist before rule sets were introduced were run by the 2021 pilot's threshold
-- rule: they keep it, so no past rating is rewritten. New rounds default to Quy định 366-QĐ/TW.
UPDATE "Round" SET "ratingRuleSet" = 'PILOT_2021';
UPDATE "Evaluation" SET "ruleSet" = 'PILOT_2021', "ruleSetVersion" = 1 WHERE "proposedRating" IS NOT NULL;
-- A quarter is 1–4 on a QUARTER cycle and 0 otherwise.
ALTER TABLE "EvaluationCycle" ADD CONSTRAINT "EvaluationCycle_quarter_check"
  CHECK (("periodKind" = 'QUARTER' AND "quarter" BETWEEN 1 AND 4) OR ("periodKind" <> 'QUARTER' AND "quarter" = 0));
