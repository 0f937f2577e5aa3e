/**
 * `npm run stripe:double`: the Stripe test double on its own, for running the app against it by
 * hand (`STRIPE=double npm start` starts one in-process instead). Prints the variables to give
 * the app.
 */
import { randomBytes } from "node:crypto";
import { startStripeDouble } from "@/lib/payments/stripe-double/server";

async function main() {
  const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET || `whsec_${randomBytes(24).toString("hex")}`;
  const webhookUrl = process.env.STRIPE_WEBHOOK_URL ?? "http://127.0.0.1:3000/api/webhooks/stripe";
  const double = await startStripeDouble({ port: Number(process.env.STRIPE_DOUBLE_PORT ?? 12111), webhookUrl, webhookSecret });
  console.log(`[stripe-double] Stripe test double on ${double.url}, sending webhooks to ${webhookUrl}`);
  console.log("[stripe-double] give the app these variables:\n");
  console.log(`STRIPE_SECRET_KEY=sk_test_double\nSTRIPE_WEBHOOK_SECRET=${webhookSecret}\nSTRIPE_API_URL=${double.url}\nSTRIPE_PAYMENT_METHODS=card,alipay,wechat_pay\n`);
  const stop = () => void double.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
