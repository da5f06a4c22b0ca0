-- CreateEnum
CREATE TYPE "ExplanationCause" AS ENUM ('BEHIND', 'OVERDUE', 'LATE_REPORT');

-- CreateEnum
CREATE TYPE "ExplanationStatus" AS ENUM ('OPEN', 'ANSWERED', 'ESCALATED');

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "explanationId" TEXT;

-- CreateTable
CREATE TABLE "ExplanationRequest" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "cause" "ExplanationCause" NOT NULL,
    "reportYear" INTEGER,
    "reportQuarter" INTEGER,
    "message" TEXT NOT NULL,
    "dueDate" TIMESTAMP(3) NOT NULL,
    "status" "ExplanationStatus" NOT NULL DEFAULT 'OPEN',
    "requestedById" TEXT NOT NULL,
    "requestedRole" "Role" NOT NULL,
    "openTaskId" TEXT,
    "answer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredById" TEXT,
    "remindersSent" INTEGER NOT NULL DEFAULT 0,
    "lastRemindedAt" TIMESTAMP(3),
    "escalatedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExplanationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ExplanationRequest_openTaskId_key" ON "ExplanationRequest"("openTaskId");

-- CreateIndex
CREATE INDEX "ExplanationRequest_taskId_status_idx" ON "ExplanationRequest"("taskId", "status");

-- CreateIndex
CREATE INDEX "ExplanationRequest_status_dueDate_idx" ON "ExplanationRequest"("status", "dueDate");

-- CreateIndex
CREATE INDEX "Attachment_explanationId_idx" ON "Attachment"("explanationId");

-- CreateIndex
CREATE INDEX "Evaluation_cadreId_status_idx" ON "Evaluation"("cadreId", "status");

-- CreateIndex
CREATE INDEX "Registration_cadreId_status_idx" ON "Registration"("cadreId", "status");

-- AddForeignKey
ALTER TABLE "ExplanationRequest" ADD CONSTRAINT "ExplanationRequest_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExplanationRequest" ADD CONSTRAINT "ExplanationRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExplanationRequest" ADD CONSTRAINT "ExplanationRequest_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_explanationId_fkey" FOREIGN KEY ("explanationId") REFERENCES "ExplanationRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;
