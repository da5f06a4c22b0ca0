/*
  Warnings:

  - A unique constraint covering the columns `[nationalId]` on the table `User` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "ssoIdToken" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "nationalId" TEXT;

-- CreateTable
CREATE TABLE "SsoLink" (
    "id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSignInAt" TIMESTAMP(3),

    CONSTRAINT "SsoLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SsoLink_userId_idx" ON "SsoLink"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "SsoLink_provider_subject_key" ON "SsoLink"("provider", "subject");

-- CreateIndex
CREATE UNIQUE INDEX "User_nationalId_key" ON "User"("nationalId");

-- AddForeignKey
ALTER TABLE "SsoLink" ADD CONSTRAINT "SsoLink_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
