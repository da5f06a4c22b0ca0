-- AlterTable
ALTER TABLE "ProposedTask" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;
