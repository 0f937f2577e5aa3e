import { getLocale, getTranslations } from "next-intl/server";
import { quoteShipping } from "@/lib/checkout/shipping";
import type { Rules } from "@/lib/checkout/rules";
import { formatFen, type Locale } from "@/lib/money/format";
import { addParts, splitLine, splitShipping } from "@/lib/settlement/split";

const EXAMPLE = { itemsFen: 12000, weightGrams: 2000 } as const;

/**
 * What the rules in force mean for one order: its shipping, and who gets what of it when it is
 * paid online, sold in the shop or in a live session. Computed with the very functions that
 * record settlements.
 */
export async function RulesExample({ rules }: { rules: Rules }) {
  const t = await getTranslations("commerceRules.example");
  const locale = (await getLocale()) as Locale;
  const money = (fen: number) => formatFen(fen, locale);
  const shipping = quoteShipping(rules, EXAMPLE);
  const shippingFen = shipping.shippingFen + shipping.packingFen;
  const columns = [false, true].map((hasHost) => addParts(splitLine(EXAMPLE.itemsFen, rules, "STRIPE", hasHost), splitShipping(shippingFen, rules, "STRIPE")));
  const rows = [
    { key: "enterprise", values: columns.map((c) => c.enterpriseFen) },
    { key: "cooperative", values: columns.map((c) => c.cooperativeFen) },
    { key: "host", values: columns.map((c) => c.hostFen) },
    { key: "paymentFee", values: columns.map((c) => c.paymentFeeFen) },
  ] as const;
  return (
    <section aria-labelledby="rules-example" className="rounded-2xl bg-celadon-50 p-5 sm:p-6" data-testid="rules-example">
      <h2 id="rules-example" className="font-medium text-cobalt-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-ink-soft">
        {shipping.free
          ? t("orderFree", { items: money(EXAMPLE.itemsFen), weight: EXAMPLE.weightGrams / 1000 })
          : t("order", { items: money(EXAMPLE.itemsFen), weight: EXAMPLE.weightGrams / 1000, shipping: money(shipping.shippingFen), packing: money(shipping.packingFen), total: money(EXAMPLE.itemsFen + shippingFen) })}
      </p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full min-w-[18rem] text-sm">
          <thead>
            <tr className="text-left text-xs text-ink-soft">
              <th scope="col" className="py-2 pr-3 font-normal">
                <span className="sr-only">{t("party")}</span>
              </th>
              <th scope="col" className="py-2 pl-3 text-right font-normal">
                {t("inShop")}
              </th>
              <th scope="col" className="py-2 pl-3 text-right font-normal">
                {t("inLive")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-celadon-100">
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className="py-2 pr-3 text-left font-normal">
                  {t(`parties.${row.key}`)}
                </th>
                {row.values.map((value, index) => (
                  <td key={index} className="py-2 pl-3 text-right tabular-nums">
                    {money(value)}
                  </td>
                ))}
              </tr>
            ))}
            <tr className="font-medium">
              <th scope="row" className="py-2 pr-3 text-left">
                {t("paid")}
              </th>
              {columns.map((_, index) => (
                <td key={index} className="py-2 pl-3 text-right tabular-nums">
                  {money(EXAMPLE.itemsFen + shippingFen)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <p className="mt-3 text-xs text-ink-soft">{t("note")}</p>
    </section>
  );
}
