-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "bulkAssignmentId" TEXT,
ADD COLUMN     "templateId" TEXT;

-- CreateTable
CREATE TABLE "TaskTemplate" (
    "id" TEXT NOT NULL,
    "ownerUnitId" TEXT NOT NULL,
    "field" "TaskField" NOT NULL,
    "title" TEXT NOT NULL,
    "breakthroughKind" "BreakthroughKind" NOT NULL,
    "objectives" TEXT NOT NULL,
    "plan" TEXT NOT NULL,
    "expectedProduct" TEXT NOT NULL,
    "targets" JSONB NOT NULL,
    "milestones" JSONB NOT NULL,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TaskTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedCadreGroup" (
    "id" TEXT NOT NULL,
    "ownerUnitId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "cadreIds" TEXT[],
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedCadreGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BulkAssignment" (
    "id" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "decisionNumber" TEXT NOT NULL,
    "decisionDate" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BulkAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TaskTemplate_ownerUnitId_archived_field_idx" ON "TaskTemplate"("ownerUnitId", "archived", "field");

-- CreateIndex
CREATE UNIQUE INDEX "SavedCadreGroup_ownerUnitId_name_key" ON "SavedCadreGroup"("ownerUnitId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "BulkAssignment_idempotencyKey_key" ON "BulkAssignment"("idempotencyKey");

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "TaskTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_bulkAssignmentId_fkey" FOREIGN KEY ("bulkAssignmentId") REFERENCES "BulkAssignment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskTemplate" ADD CONSTRAINT "TaskTemplate_ownerUnitId_fkey" FOREIGN KEY ("ownerUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedCadreGroup" ADD CONSTRAINT "SavedCadreGroup_ownerUnitId_fkey" FOREIGN KEY ("ownerUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulkAssignment" ADD CONSTRAINT "BulkAssignment_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "TaskTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
