import { getTranslations } from "next-intl/server";

export async function Availability({ available, lowStockThreshold }: { available: number; lowStockThreshold: number }) {
  const t = await getTranslations("product");
  if (available <= 0) {
    return <p data-testid="availability" className="text-sm font-medium text-cinnabar">{t("soldOut")}</p>;
  }
  if (available <= lowStockThreshold) {
    return <p data-testid="availability" className="text-sm font-medium text-cinnabar">{t("lowStock", { count: available })}</p>;
  }
  return <p data-testid="availability" className="text-sm text-celadon-800">{t("available", { count: available })}</p>;
}
