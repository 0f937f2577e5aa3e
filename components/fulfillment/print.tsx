"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/warehouse/ui";

/**
 * What a printed pick list or packing slip leaves out: the site's header and footer and the
 * console's title and navigation (the frame these pages share with every console page), so the
 * paper carries the document only. Elements of the page itself opt out with `print:hidden`.
 */
const PRINT_CSS = `@media print {
  @page { margin: 12mm; }
  body > a, body header, body footer, main nav, main div:has(> nav) { display: none !important; }
  body, main section { background: white !important; }
  main section { padding: 0 !important; }
}`;

export function PrintStyles() {
  return <style>{PRINT_CSS}</style>;
}

export function PrintButton() {
  const t = useTranslations("fulfilment.common");
  return (
    <button type="button" onClick={() => window.print()} className={`${buttonClass} print:hidden`}>
      {t("print")}
    </button>
  );
}
