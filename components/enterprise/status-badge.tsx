import type { ProductStatus } from "@/lib/db/generated/client";

const STYLES: Record<ProductStatus, string> = {
  DRAFT: "bg-porcelain-deep text-ink-soft ring-ink-soft/20",
  PUBLISHED: "bg-celadon-50 text-celadon-800 ring-celadon-600/30",
  ARCHIVED: "bg-cinnabar/5 text-cinnabar ring-cinnabar/20",
};

const DOTS: Record<ProductStatus, string> = {
  DRAFT: "bg-ink-soft/60",
  PUBLISHED: "bg-celadon-600",
  ARCHIVED: "bg-cinnabar/70",
};

/** A product's status as a small coloured pill; the label comes translated from the caller. */
export function StatusBadge({ status, label }: { status: ProductStatus; label: string }) {
  return (
    <span className={`inline-flex shrink-0 items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[status]}`}>
      <span aria-hidden="true" className={`size-1.5 rounded-full ${DOTS[status]}`} />
      {label}
    </span>
  );
}
