import Image from "next/image";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { EnterpriseSummary } from "@/lib/catalog/queries";
import { localize } from "@/lib/i18n/localize";

export async function EnterpriseCard({ enterprise }: { enterprise: EnterpriseSummary }) {
  const locale = await getLocale();
  const t = await getTranslations("enterprise");
  return (
    <article className="relative flex h-full gap-4 rounded-2xl border border-porcelain-deep bg-white p-4 transition hover:border-celadon-300 hover:shadow-sm">
      {enterprise.coverUrl && (
        <Image src={enterprise.coverUrl} alt="" width={800} height={800} unoptimized className="size-20 shrink-0 rounded-xl bg-porcelain-deep object-cover" />
      )}
      <div className="min-w-0">
        <h3 className="flex flex-wrap items-center gap-2 font-medium">
          <Link href={`/enterprises/${enterprise.slug}`} className="after:absolute after:inset-0">
            {localize(locale, enterprise.nameZh, enterprise.nameEn)}
          </Link>
          {enterprise.isSample && <span className="rounded bg-porcelain-deep px-1.5 py-0.5 text-[10px] text-ink-soft">{t("sample")}</span>}
        </h3>
        <p className="mt-1 line-clamp-2 text-sm text-ink-soft">{localize(locale, enterprise.taglineZh, enterprise.taglineEn)}</p>
        <p className="mt-2 text-xs text-ink-soft">
          {[
            enterprise.foundedYear && t("founded", { year: enterprise.foundedYear }),
            enterprise.productionLines && t("lines", { count: enterprise.productionLines }),
            t("products", { count: enterprise.productCount }),
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
      </div>
    </article>
  );
}
