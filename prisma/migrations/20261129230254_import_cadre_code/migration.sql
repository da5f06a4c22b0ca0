/*
  Warnings:

  - A unique constraint covering the columns `[code]` on the table `Cadre` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "Cadre" ADD COLUMN     "code" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Cadre_code_key" ON "Cadre"("code");
