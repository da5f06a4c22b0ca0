import { getRequestConfig } from "next-intl/server";
import { currentLocale } from "./current-locale";
import { TIME_ZONE } from "./locales";

export default getRequestConfig(async () => {
  const locale = await currentLocale();
  return {
    locale,
    timeZone: TIME_ZONE,
    messages: (await import(`./messages/${locale}.json`)).default,
  };
});
