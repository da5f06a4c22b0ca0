"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("body")}</p>
      <Button className="mt-6" onClick={() => reset()}>
        {t("retry")}
      </Button>
    </div>
  );
}
