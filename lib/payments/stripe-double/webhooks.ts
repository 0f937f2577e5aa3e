/**
 * Posts events to the app's webhook endpoint the way Stripe does: pretty-printed JSON, a real
 * `Stripe-Signature` over the exact bytes sent, and retries with growing delays while the
 * endpoint answers non-2xx or cannot be reached.
 */
import Stripe from "stripe";
import type { DoubleEventRecord } from "./state";

export interface WebhookSenderOptions {
  webhookUrl: string;
  webhookSecret: string;
  /** Waits before each retry after a failed attempt. */
  retryDelaysMs: number[];
}

export class WebhookSender {
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(private readonly options: WebhookSenderOptions) {}

  /**
   * Delivers the event and resolves with the first attempt's outcome; retries, when needed,
   * carry on in the background.
   */
  async send(record: DoubleEventRecord): Promise<boolean> {
    const delivered = await this.attempt(record);
    if (!delivered) this.retry(record, 0);
    return delivered;
  }

  /** Runs `task` after `ms`, unless the double stops first. */
  later(ms: number, task: () => unknown): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      // A failing background task must not take the whole double (or the app hosting it) down.
      if (!this.stopped) Promise.resolve().then(task).catch((error) => console.error("[stripe-double]", error));
    }, ms);
    this.timers.add(timer);
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private retry(record: DoubleEventRecord, index: number): void {
    const delay = this.options.retryDelaysMs[index];
    if (delay === undefined) return;
    this.later(delay, async () => {
      if (!(await this.attempt(record))) this.retry(record, index + 1);
    });
  }

  private async attempt(record: DoubleEventRecord): Promise<boolean> {
    const payload = JSON.stringify(record.event, null, 2);
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: this.options.webhookSecret });
    const at = new Date().toISOString();
    try {
      const response = await fetch(this.options.webhookUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json; charset=utf-8", "Stripe-Signature": signature, "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)" },
        body: payload,
        signal: AbortSignal.timeout(30_000),
      });
      await response.arrayBuffer();
      record.attempts.push({ at, status: response.status });
      return response.ok;
    } catch (error) {
      record.attempts.push({ at, error: error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error) });
      return false;
    }
  }
}
