-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "pendingSince" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Attachment_pendingSince_idx" ON "Attachment"("pendingSince");
