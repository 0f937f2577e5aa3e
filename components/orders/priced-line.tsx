import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import type { CoverImage } from "@/lib/catalog/cover-image";
import { localize } from "@/lib/i18n/localize";
import { formatFen, type Locale } from "@/lib/money/format";
import type { PricedLine as PricedOrderLine } from "@/lib/orders/pricing";
import { LineThumb } from "./line-thumb";

/** What a line shows, as a priced cart line and a placed order's line both have it. */
export type PricedLineFields = Pick<PricedOrderLine, "productNameZh" | "productNameEn" | "variantNameZh" | "variantNameEn" | "unitPriceFen" | "quantity" | "lineTotalFen">;

/**
 * One line of an order, placed or about to be: picture, name, style, unit price × quantity and
 * the line's total. `href` makes the name a link to the product; `children` go under the line.
 */
export function PricedLine({
  line,
  image,
  locale,
  testId,
  href,
  thumbSize,
  children,
}: {
  line: PricedLineFields;
  image: CoverImage | null;
  locale: Locale;
  testId: string;
  href?: string;
  thumbSize?: number;
  children?: ReactNode;
}) {
  const name = localize(locale, line.productNameZh, line.productNameEn);
  return (
    <li className="flex gap-3 py-3 first:pt-0" data-testid={testId}>
      <LineThumb image={image} alt={image ? localize(locale, image.altZh, image.altEn) : name} size={thumbSize} />
      <div className="min-w-0 flex-1 text-sm">
        {href ? (
          <Link href={href} className="font-medium hover:text-cobalt-700">
            {name}
          </Link>
        ) : (
          <p className="truncate font-medium">{name}</p>
        )}
        <p className="text-ink-soft">
          {localize(locale, line.variantNameZh, line.variantNameEn)} · {formatFen(line.unitPriceFen, locale)} × {line.quantity}
        </p>
        {children}
      </div>
      <p className="text-sm tabular-nums">{formatFen(line.lineTotalFen, locale)}</p>
    </li>
  );
}
