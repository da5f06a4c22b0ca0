"use client";

import { useTransition } from "react";
import { useTranslations } from "next-intl";
import { showToast } from "@/components/ui/toaster";
import { archiveTaskTemplateAction } from "../actions";

/** Archives a template (or restores an archived one); the list reloads with the change. */
export function ArchiveTemplateButton({
  id,
  version,
  archived,
  title,
}: {
  id: string;
  version: number;
  archived: boolean;
  title: string;
}) {
  const t = useTranslations("templates");
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      aria-label={`${archived ? t("restore") : t("archive")}: ${title}`}
      className="text-sm text-brand-700 underline disabled:opacity-50"
      onClick={() =>
        startTransition(async () => {
          const result = await archiveTaskTemplateAction({ id, version, archived: archived ? "no" : "yes" });
          if (result.message) showToast(result.message, result.status === "error" ? "error" : "success");
          else if (result.notice) showToast(result.notice);
        })
      }
    >
      {archived ? t("restore") : t("archive")}
    </button>
  );
}
