import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/lib/actions/session";
import { LOCALES } from "@/lib/i18n/locales";

/** Two buttons, no script needed: the chosen language is saved on the account and on this device. */
export async function LocaleSwitcher() {
  const [locale, t, tn] = await Promise.all([getLocale(), getTranslations("languages"), getTranslations("nav")]);
  return (
    <form action={setLocaleAction} className="locale-switch" aria-label={tn("language")}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          className={l === locale ? "locale-option bg-slate-800 text-white" : "locale-option text-slate-700 hover:bg-slate-100"}
        >
          {t(l)}
        </button>
      ))}
    </form>
  );
}
