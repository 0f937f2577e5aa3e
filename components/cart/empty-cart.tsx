import Image from "next/image";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { artworkUrl } from "@/lib/catalog/artwork";

export async function EmptyCart() {
  const t = await getTranslations("cart.empty");
  return (
    <div className="mx-auto flex max-w-md flex-col items-center px-4 py-12 text-center" data-testid="empty-cart">
      <Image src={artworkUrl({ shape: "bowl", glaze: "celadon", motif: 3 })} alt="" width={400} height={400} unoptimized className="size-40 rounded-full bg-white" />
      <h2 className="mt-6 font-serif text-xl text-cobalt-900">{t("title")}</h2>
      <p className="mt-2 text-sm leading-relaxed text-ink-soft">{t("body")}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <Link href="/products" className="rounded-full bg-cobalt-700 px-5 py-2.5 text-sm font-semibold text-white hover:bg-cobalt-900">
          {t("browse")}
        </Link>
        <Link href="/enterprises" className="rounded-full border border-cobalt-700 px-5 py-2.5 text-sm font-medium text-cobalt-700 hover:bg-cobalt-50">
          {t("enterprises")}
        </Link>
      </div>
    </div>
  );
}
