import Image from "next/image";
import { getLocale, getTranslations } from "next-intl/server";
import { Price } from "@/components/price";
import { Link } from "@/i18n/navigation";
import type { CartLineView } from "@/lib/cart/read";
import { localize } from "@/lib/i18n/localize";
import { CartLineControls } from "./cart-line-controls";

export async function CartLineRow({ line }: { line: CartLineView }) {
  const locale = await getLocale();
  const t = await getTranslations("cart");
  const name = localize(locale, line.product.nameZh, line.product.nameEn);
  const orderable = !line.issues.includes("unavailable") && line.available > 0;
  return (
    <li data-testid="cart-line" data-sku={line.sku} className="flex gap-3 py-4 sm:gap-4">
      <Link href={`/products/${line.product.slug}`} className="shrink-0" tabIndex={-1} aria-hidden="true">
        <div className="size-20 overflow-hidden rounded-xl bg-porcelain-deep sm:size-24">
          {line.image && (
            <Image
              src={line.image.url}
              alt={localize(locale, line.image.altZh, line.image.altEn)}
              width={192}
              height={192}
              sizes="96px"
              unoptimized
              className={`h-full w-full object-cover ${orderable ? "" : "opacity-50 grayscale"}`}
            />
          )}
        </div>
      </Link>
      <div className="flex min-w-0 flex-1 flex-col gap-2 sm:flex-row sm:justify-between">
        <div className="min-w-0 space-y-0.5">
          <Link href={`/products/${line.product.slug}`} className="line-clamp-2 font-medium leading-snug hover:text-cobalt-700">
            {name}
          </Link>
          <p className="text-sm text-ink-soft">{localize(locale, line.variant.nameZh, line.variant.nameEn)}</p>
          <p className="text-xs text-ink-soft">
            {t("unitPrice")} <Price fen={line.unitPriceFen} locale={locale} /> · {line.sku}
          </p>
          <LineIssue line={line} />
        </div>
        <div className="flex items-end justify-between gap-3 sm:flex-col sm:items-end sm:justify-start">
          <p className="order-2 font-semibold text-cobalt-900 sm:order-none" data-testid="line-total">
            <span className="sr-only">{t("lineTotal")} </span>
            <Price fen={line.lineTotalFen} locale={locale} />
          </p>
          <CartLineControls lineId={line.lineId} quantity={orderable ? line.quantity : line.requestedQuantity} available={line.available} name={name} orderable={orderable} />
        </div>
      </div>
    </li>
  );
}

async function LineIssue({ line }: { line: CartLineView }) {
  const t = await getTranslations("cart.issues");
  const message = line.issues.includes("unavailable")
    ? t("unavailable")
    : line.issues.includes("reduced")
      ? line.available > 0
        ? t("reduced", { available: line.available, requested: line.requestedQuantity })
        : t("soldOut")
      : null;
  if (!message) return null;
  return (
    <p role="note" data-testid="line-issue" className="mt-1 inline-block rounded-lg bg-cinnabar/10 px-2 py-1 text-xs text-cinnabar">
      {message}
    </p>
  );
}
