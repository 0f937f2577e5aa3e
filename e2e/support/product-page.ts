import type { Locator, Page } from "@playwright/test";

/**
 * An element of the product page's purchase panel (price, availability, SKU, add-to-cart
 * feedback). The panel reads the variant from the URL, so the server's copy is its Suspense
 * fallback and the browser renders its own: for a moment both are in the document, one hidden.
 * Only the visible one counts.
 */
export function panelItem(page: Page, testId: "sku" | "price" | "availability" | "cart-feedback"): Locator {
  return page.getByTestId(testId).filter({ visible: true });
}
