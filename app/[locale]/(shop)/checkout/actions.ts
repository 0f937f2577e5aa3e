"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { currentShopper, type Shopper } from "@/lib/auth/shopper";
import { cartLinesForCheckout } from "@/lib/cart/cart";
import { adoptGuestCart } from "@/lib/cart/guest-cookie";
import { ownerOf } from "@/lib/cart/owner";
import { addressSchema, mobileSchema } from "@/lib/checkout/address";
import { findAddress, rememberCheckoutAddress } from "@/lib/checkout/addresses";
import { db } from "@/lib/db/client";
import { type FormState, formValues, invalidForm } from "@/lib/forms/state";
import { localize } from "@/lib/i18n/localize";
import { cancelOrder } from "@/lib/orders/cancel";
import { releaseExpiredHolds } from "@/lib/orders/expiry";
import { placeOrder } from "@/lib/orders/place";
import { findOrderAccess } from "@/lib/orders/queries";
import { startStripeCheckout } from "@/lib/payments/start";
import { stripeEnabled } from "@/lib/payments/stripe";
import { siteUrl } from "@/lib/site-url";
import { orderPath, rememberGuestOrder } from "../orders/guest-orders";

/**
 * Checkout's outcome for the form. `message` is a key of `checkout.errors` (or of `validation`
 * for "form"); `piece` names the line that could not be ordered.
 */
export type CheckoutState = FormState & { piece?: string };

const localeSchema = z.enum(["zh-CN", "en"]).catch("zh-CN");
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const contactSchema = z
  .object({
    email: z.preprocess(blankToUndefined, z.email({ message: "contact.email" }).max(254, { message: "contact.email" }).optional()),
    phone: z.preprocess(blankToUndefined, mobileSchema.optional()),
  })
  .refine((contact) => contact.email || contact.phone, { path: ["email"], message: "contact.required" });

/** The flash-deal claims the checkout page showed (hidden fields): ordered with the cart, never others. */
const claimIdsSchema = z.array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)).max(50);

const orderSchema = z.object({
  paymentMethod: z.enum(["COD", "STRIPE"], { message: "required" }),
  note: z.string().trim().max(200, { message: "tooLong" }).optional(),
  saveAddress: z.literal("on").optional(),
});

/** The origin the shopper's browser used (Next checks it against the host for server actions). */
async function requestOrigin(): Promise<string> {
  const origin = (await headers()).get("origin");
  return origin && /^https?:\/\/[^/]+$/.test(origin) ? origin : siteUrl();
}

async function cartOwner(shopper: Shopper) {
  // A shopper who signed in with a guest cart still in the cookie checks out that cart too.
  if (shopper.actor && shopper.guestToken) await adoptGuestCart(shopper.actor.id);
  return ownerOf(shopper);
}

export async function placeOrderAction(_previous: CheckoutState, formData: FormData): Promise<CheckoutState> {
  const shopper = await currentShopper();
  const locale = localeSchema.parse(formData.get("locale"));
  const fields = Object.fromEntries(formData);
  const userId = shopper.actor?.id ?? null;

  // Every part is checked before anything is written; all field errors are shown at once.
  const savedId = typeof fields.addressId === "string" && fields.addressId !== "new" ? fields.addressId : null;
  const saved = savedId && userId ? await findAddress(db(), userId, savedId) : null;
  const address = addressSchema.safeParse(saved ? { ...saved, postalCode: saved.postalCode ?? "" } : fields);
  const contact = userId ? null : contactSchema.safeParse(fields);
  const order = orderSchema.safeParse(fields);
  const claimIds = claimIdsSchema.safeParse(formData.getAll("claimId"));
  if (!claimIds.success || (claimIds.data.length > 0 && !userId)) return { status: "error", message: "claim_expired", values: formValues(formData) };
  if (savedId && !saved) return { status: "error", message: "addressGone", values: formValues(formData) };
  if (!address.success || (contact && !contact.success) || !order.success) {
    const issues = [address, contact, order].flatMap((result) => (result && !result.success ? result.error.issues : []));
    return invalidForm(formData, new z.ZodError(issues));
  }
  if (order.data.paymentMethod === "STRIPE" && !stripeEnabled()) return { status: "error", message: "onlineUnavailable", values: formValues(formData) };

  const owner = await cartOwner(shopper);
  const cart = await cartLinesForCheckout(db(), owner);
  if ((!cart || cart.lines.length === 0) && claimIds.data.length === 0) return { status: "error", message: "empty" };

  const placed = await placeOrder(db(), {
    customer: userId ? { userId } : { email: contact?.data?.email ?? null, phone: contact?.data?.phone ?? null },
    lines: cart?.lines ?? [],
    claimIds: claimIds.data,
    address: address.data,
    paymentMethod: order.data.paymentMethod,
    note: order.data.note ?? null,
    cartId: cart?.cartId ?? null,
  });
  if (!placed.ok) {
    const variantId = typeof placed.detail?.variantId === "string" ? placed.detail.variantId : null;
    const variant = variantId ? await db().variant.findUnique({ where: { id: variantId }, select: { nameZh: true, nameEn: true, product: { select: { nameZh: true, nameEn: true } } } }) : null;
    const piece = variant ? `${localize(locale, variant.product.nameZh, variant.product.nameEn)} · ${localize(locale, variant.nameZh, variant.nameEn)}` : undefined;
    return { status: "error", message: placed.error, piece, values: formValues(formData) };
  }

  if (userId && order.data.saveAddress && !saved) await rememberCheckoutAddress(db(), userId, address.data);
  if (!userId) await rememberGuestOrder(placed.order.accessToken);
  const token = userId ? null : placed.order.accessToken;
  if (order.data.paymentMethod === "COD") redirect(orderPath(locale, placed.order.number, token, { placed: "1" }));

  const started = await startStripeCheckout(db(), { orderId: placed.order.id, origin: await requestOrigin(), locale, orderUrl: orderPath(locale, placed.order.number, token) });
  if (!started.ok) redirect(orderPath(locale, placed.order.number, token, { payment: "failed" }));
  redirect(started.url);
}

const orderRef = z.object({
  number: z.string().max(40),
  token: z.preprocess(blankToUndefined, z.string().max(64).optional()),
  locale: localeSchema,
});

/** "Pay now" on an order still waiting for its online payment. */
export async function payOrderAction(formData: FormData): Promise<void> {
  const shopper = await currentShopper();
  const parsed = orderRef.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  const { number, token, locale } = parsed.data;
  const order = await findOrderAccess(db(), number, { userId: shopper.actor?.id, accessToken: token });
  if (!order || order.status !== "PENDING_PAYMENT") return;
  // A lapsed hold is released first; the page then shows the order as cancelled.
  await releaseExpiredHolds(db(), { orderId: order.id });
  const linkToken = order.userId ? null : order.accessToken;
  const started = await startStripeCheckout(db(), { orderId: order.id, origin: await requestOrigin(), locale, orderUrl: orderPath(locale, order.number, linkToken) });
  redirect(started.ok ? started.url : orderPath(locale, order.number, linkToken, { payment: "failed" }));
}

/** The shopper cancels their own order before picking; a paid one is refunded in full. */
export async function cancelOrderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const shopper = await currentShopper();
  const parsed = orderRef.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "notCancellable" };
  const { number, token, locale } = parsed.data;
  const order = await findOrderAccess(db(), number, { userId: shopper.actor?.id, accessToken: token });
  if (!order) return { status: "error", message: "notCancellable" };
  const result = await cancelOrder(db(), { orderId: order.id, actorId: shopper.actor?.id ?? null, actorKind: shopper.actor ? "shopper" : "guest", reason: "shopper" });
  if (!result.ok) return { status: "error", message: "notCancellable" };
  redirect(orderPath(locale, order.number, order.userId ? null : order.accessToken));
}
