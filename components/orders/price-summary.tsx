export interface PriceRow {
  label: string;
  value: string;
  testId?: string;
  /** Money going back to the buyer, shown in red. */
  refund?: boolean;
}

/** What an order costs: the parts (items, shipping, packing), the total in bold, then what followed (paid, refunded). */
export function PriceSummary({ parts, total, after = [] }: { parts: PriceRow[]; total: PriceRow; after?: PriceRow[] }) {
  return (
    <dl className="mt-4 space-y-1.5 border-t border-porcelain-deep pt-4 text-sm">
      {parts.map((row) => (
        <Row key={row.label} row={row} />
      ))}
      <div className="flex justify-between border-t border-porcelain-deep pt-3 text-base font-semibold text-cobalt-900">
        <dt>{total.label}</dt>
        <dd className="tabular-nums" data-testid={total.testId}>
          {total.value}
        </dd>
      </div>
      {after.map((row) => (
        <Row key={row.label} row={row} />
      ))}
    </dl>
  );
}

function Row({ row }: { row: PriceRow }) {
  return (
    <div className={row.refund ? "flex justify-between text-cinnabar" : "flex justify-between"}>
      <dt className={row.refund ? undefined : "text-ink-soft"}>{row.label}</dt>
      <dd className="tabular-nums" data-testid={row.testId}>
        {row.value}
      </dd>
    </div>
  );
}
