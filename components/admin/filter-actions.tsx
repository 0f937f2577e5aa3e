import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { buttonClass } from "./styles";

/** The buttons under an admin list's filters: apply, and clear when anything is filtered. */
export async function FilterActions({ clearHref, filtered }: { clearHref: string; filtered: boolean }) {
  const t = await getTranslations("adminConsole");
  return (
    <div className="flex gap-2">
      <button type="submit" className={buttonClass.primary}>
        {t("common.filter")}
      </button>
      {filtered && (
        <Link href={clearHref} className={buttonClass.secondary}>
          {t("common.clear")}
        </Link>
      )}
    </div>
  );
}
