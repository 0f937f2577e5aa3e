/**
 * A stand-in for Stripe, for tests and local use (Stripe's servers are unreachable here):
 *
 * - `/v1/…` answers the API calls the shop makes through stripe-node (configured with `host`,
 *   `port`, `protocol`), with Stripe's authentication, idempotency and error shapes;
 * - `/pay/:sessionId` plays the hosted Checkout page and redirects back like Stripe;
 * - events are POSTed, signed, to the webhook URL, retried while the endpoint fails;
 * - `/__double/…` lets tests pay, expire, redeliver and choose when webhooks arrive.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import { StripeApiError } from "./errors";
import { decodeForm } from "./form";
import { checkoutPage } from "./page";
import { DOUBLE_PAYMENT_METHODS, type DoubleEventRecord, type DoublePaymentMethod, type DoubleSessionObject, DoubleState, isAsyncMethod, sessionObject } from "./state";
import { WebhookSender } from "./webhooks";

/**
 * When the `checkout.session.completed` webhook goes out relative to the shopper's redirect:
 * "before" waits for the app's answer first (Stripe's usual order), "after" redirects and sends it
 * later, "none" records it without sending (a later resend can deliver it).
 */
export type Delivery = "before" | "after" | "none";
const DELIVERIES = ["before", "after", "none"] as const;

export interface StripeDoubleOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  webhookUrl: string;
  webhookSecret: string;
  /** Where browsers reach the double; defaults to its own loopback address. */
  publicUrl?: string;
  /** Default webhook timing for payments made on the hosted page. */
  delivery?: Delivery;
  /** Delay between a wallet payment completing Checkout and its async result. */
  asyncDelayMs?: number;
  /** How long after the redirect an "after" webhook is sent. */
  lateDeliveryMs?: number;
  /** Waits before the retries of a failed delivery. */
  retryDelaysMs?: number[];
}

export interface StripeDouble {
  /** The API base, for STRIPE_API_URL. */
  url: string;
  port: number;
  stop(): Promise<void>;
  sessions(): DoubleSessionObject[];
  events(): DoubleEventRecord[];
}

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const MAX_BODY_BYTES = 1024 * 1024;
const AUTHORIZATION = /^Bearer (sk|rk)_test_\S+$/;

const payControl = z.object({ method: z.enum(DOUBLE_PAYMENT_METHODS).optional(), deliver: z.enum(DELIVERIES).optional(), outcome: z.enum(["succeed", "fail"]).optional() });
const deliveryControl = z.object({ deliver: z.enum(DELIVERIES) });
const pageForm = z.object({
  action: z.enum(["pay", "cancel"]),
  method: z.enum(DOUBLE_PAYMENT_METHODS).optional(),
  outcome: z.enum(["succeed", "fail"]).default("succeed"),
  deliver: z.enum(DELIVERIES).optional(),
});

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new StripeApiError(400, "invalid_request_error", "Request body too large.");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function send(response: ServerResponse, reply: Reply): void {
  const html = typeof reply.body === "string";
  response.writeHead(reply.status, { "Content-Type": html ? "text/html; charset=utf-8" : "application/json", "Request-Id": `req_test_${Date.now()}`, ...reply.headers });
  response.end(html ? reply.body : JSON.stringify(reply.body, null, 2));
}

const redirect = (location: string): Reply => ({ status: 303, body: "", headers: { Location: location } });
const jsonBody = (body: string): unknown => (body ? JSON.parse(body) : {});

export async function startStripeDouble(options: StripeDoubleOptions): Promise<StripeDouble> {
  let publicUrl = options.publicUrl?.replace(/\/$/, "") ?? "";
  const state = new DoubleState((sessionId) => `${publicUrl}/pay/${sessionId}`);
  const sender = new WebhookSender({ webhookUrl: options.webhookUrl, webhookSecret: options.webhookSecret, retryDelaysMs: options.retryDelaysMs ?? [1000, 4000, 15_000] });
  const asyncDelayMs = options.asyncDelayMs ?? 1000;
  const lateDeliveryMs = options.lateDeliveryMs ?? 1500;
  let defaultDelivery: Delivery = options.delivery ?? "before";
  const sessionDelivery = new Map<string, Delivery>();
  const idempotent = new Map<string, { request: string; reply: Reply }>();

  const successUrl = (sessionId: string) => state.session(sessionId).successUrl.replaceAll("{CHECKOUT_SESSION_ID}", sessionId);

  async function pay(sessionId: string, method: DoublePaymentMethod, outcome: "succeed" | "fail", delivery: Delivery) {
    const completed = state.pay(sessionId, method);
    if (delivery === "before") await sender.send(completed);
    if (delivery === "after") sender.later(lateDeliveryMs, () => sender.send(completed));
    if (isAsyncMethod(method)) {
      sender.later((delivery === "after" ? lateDeliveryMs : 0) + asyncDelayMs, async () => {
        const settled = state.settleAsync(sessionId, outcome);
        if (delivery !== "none") await sender.send(settled);
      });
    }
    return { session: sessionObject(state.session(sessionId)), eventId: completed.event.id, redirectUrl: successUrl(sessionId) };
  }

  function expireAndNotify(sessionId: string): DoubleEventRecord {
    const record = state.expire(sessionId);
    void sender.send(record);
    return record;
  }

  function api(method: string, path: string, body: string): Reply {
    let match: RegExpExecArray | null;
    if (method === "POST" && path === "/v1/checkout/sessions") return { status: 200, body: state.createSession(decodeForm(body)) };
    if (method === "GET" && (match = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(path))) return { status: 200, body: sessionObject(state.session(match[1] as string)) };
    if (method === "POST" && (match = /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/.exec(path))) return { status: 200, body: expireAndNotify(match[1] as string).event.data.object };
    if (method === "POST" && path === "/v1/refunds") return { status: 200, body: state.refund(decodeForm(body)) };
    if (method === "GET" && (match = /^\/v1\/payment_intents\/([^/]+)$/.exec(path))) return { status: 200, body: state.paymentIntent(match[1] as string) };
    throw new StripeApiError(404, "invalid_request_error", `Unrecognized request URL (${method}: ${path}).`);
  }

  /** Stripe replays the stored answer for a reused key, and refuses the key with other parameters. */
  function idempotentApi(request: IncomingMessage, path: string, body: string): Reply {
    const key = request.headers["idempotency-key"];
    if (request.method !== "POST" || typeof key !== "string") return api(request.method ?? "GET", path, body);
    const fingerprint = `${path}\n${body}`;
    const stored = idempotent.get(key);
    if (stored) {
      if (stored.request !== fingerprint) {
        throw new StripeApiError(400, "idempotency_error", `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`);
      }
      return { ...stored.reply, headers: { ...stored.reply.headers, "Idempotent-Replayed": "true" } };
    }
    let reply: Reply;
    try {
      reply = api("POST", path, body);
    } catch (error) {
      if (!(error instanceof StripeApiError)) throw error;
      reply = { status: error.status, body: error.body() };
    }
    idempotent.set(key, { request: fingerprint, reply });
    return reply;
  }

  async function page(method: string, sessionId: string, body: string): Promise<Reply> {
    const session = state.session(sessionId);
    const delivery = sessionDelivery.get(sessionId) ?? defaultDelivery;
    if (method === "GET") return { status: 200, body: checkoutPage(session, { delivery }) };
    const form = pageForm.parse(Object.fromEntries(new URLSearchParams(body)));
    if (form.action === "cancel") return redirect(session.cancelUrl ?? `/pay/${sessionId}`);
    if (session.status !== "open") return redirect(`/pay/${sessionId}`);
    const paid = await pay(sessionId, form.method ?? (session.paymentMethodTypes[0] as DoublePaymentMethod), form.outcome, form.deliver ?? delivery);
    return redirect(paid.redirectUrl);
  }

  async function control(method: string, path: string, body: string): Promise<Reply> {
    let match: RegExpExecArray | null;
    if (method === "GET" && path === "/__double/sessions") return { status: 200, body: state.allSessions() };
    if (method === "GET" && path === "/__double/events") return { status: 200, body: state.events };
    if (method === "POST" && path === "/__double/config") {
      defaultDelivery = deliveryControl.parse(jsonBody(body)).deliver;
      return { status: 200, body: { deliver: defaultDelivery } };
    }
    if (method === "POST" && (match = /^\/__double\/sessions\/([^/]+)\/delivery$/.exec(path))) {
      const sessionId = state.session(match[1] as string).id;
      sessionDelivery.set(sessionId, deliveryControl.parse(jsonBody(body)).deliver);
      return { status: 200, body: { sessionId, deliver: sessionDelivery.get(sessionId) } };
    }
    if (method === "POST" && (match = /^\/__double\/sessions\/([^/]+)\/pay$/.exec(path))) {
      const sessionId = match[1] as string;
      const input = payControl.parse(jsonBody(body));
      const session = state.session(sessionId);
      const result = await pay(sessionId, input.method ?? (session.paymentMethodTypes[0] as DoublePaymentMethod), input.outcome ?? "succeed", input.deliver ?? sessionDelivery.get(sessionId) ?? defaultDelivery);
      return { status: 200, body: result };
    }
    if (method === "POST" && (match = /^\/__double\/sessions\/([^/]+)\/expire$/.exec(path))) {
      const record = state.expire(match[1] as string);
      const delivered = await sender.send(record);
      return { status: 200, body: { session: record.event.data.object, eventId: record.event.id, delivered } };
    }
    if (method === "POST" && (match = /^\/__double\/events\/([^/]+)\/resend$/.exec(path))) {
      const record = state.event(match[1] as string);
      return { status: 200, body: { eventId: record.event.id, delivered: await sender.send(record) } };
    }
    throw new StripeApiError(404, "invalid_request_error", `Unrecognized request URL (${method}: ${path}).`);
  }

  async function handle(request: IncomingMessage): Promise<Reply> {
    const path = new URL(request.url ?? "/", "http://double").pathname;
    const method = request.method ?? "GET";
    const body = await readBody(request);
    if (path.startsWith("/v1/")) {
      if (!AUTHORIZATION.test(request.headers.authorization ?? "")) {
        return { status: 401, body: new StripeApiError(401, "invalid_request_error", "You did not provide a valid test API key (Authorization: Bearer sk_test_…).").body() };
      }
      return idempotentApi(request, path, body);
    }
    const pageMatch = /^\/pay\/([^/]+)$/.exec(path);
    if (pageMatch && (method === "GET" || method === "POST")) return page(method, pageMatch[1] as string, body);
    if (path.startsWith("/__double/")) return control(method, path, body);
    return { status: 404, body: "Not found" };
  }

  const server = createServer((request, response) => {
    handle(request)
      .then((reply) => send(response, reply))
      .catch((error: unknown) => {
        if (error instanceof StripeApiError) return send(response, { status: error.status, body: error.body() });
        if (error instanceof z.ZodError || error instanceof SyntaxError) return send(response, { status: 400, body: new StripeApiError(400, "invalid_request_error", error.message).body() });
        console.error("[stripe-double]", error);
        send(response, { status: 500, body: new StripeApiError(500, "api_error", "The Stripe double failed; see its log.").body() });
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  publicUrl ||= url;

  // Stripe expires a session on its own at `expires_at`; tests that cannot wait use the expire endpoints.
  const sweeper = setInterval(() => {
    for (const sessionId of state.overdueSessionIds()) expireAndNotify(sessionId);
  }, 1000);
  sweeper.unref();

  return {
    url,
    port,
    sessions: () => state.allSessions(),
    events: () => state.events,
    async stop() {
      clearInterval(sweeper);
      sender.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
