import { getTranslations } from "next-intl/server";
import { warehouseNav } from "./nav";

/** The warehouse console's frame: title and navigation. */
export async function warehouseShell() {
  const t = await getTranslations("warehouseConsole");
  return { title: t("title"), nav: warehouseNav(t) };
}
