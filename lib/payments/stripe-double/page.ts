/**
 * The double's stand-in for Stripe's hosted Checkout page: the order's lines and total, a choice
 * of payment method, Pay and Cancel. It says plainly that it is a test page.
 */
import { fenToYuanString, formatFen } from "@/lib/money/format";
import type { Delivery } from "./server";
import type { DoublePaymentMethod, DoubleSession } from "./state";

const TEXT = {
  zh: {
    title: "测试支付页面",
    banner: "测试模式 · Stripe 测试替身 · 不会产生真实扣款",
    total: "应付金额",
    method: "支付方式",
    methods: { card: "银行卡（测试卡 4242 4242 4242 4242）", alipay: "支付宝", wechat_pay: "微信支付" },
    options: "测试选项",
    outcome: "支付宝/微信支付结果",
    succeed: "成功",
    fail: "失败",
    delivery: "Webhook 发送时机",
    before: "跳转前发送",
    after: "跳转后约 1.5 秒发送",
    none: "不发送",
    pay: "支付",
    cancel: "取消并返回商店",
    complete: "此订单已支付完成。",
    expired: "此支付页面已过期，请返回商店重新下单。",
    back: "返回商店",
    email: "邮箱",
  },
  en: {
    title: "Test payment page",
    banner: "TEST MODE · Stripe test double · no real money moves",
    total: "Amount due",
    method: "Payment method",
    methods: { card: "Card (test card 4242 4242 4242 4242)", alipay: "Alipay", wechat_pay: "WeChat Pay" },
    options: "Test options",
    outcome: "Alipay / WeChat Pay result",
    succeed: "Succeeds",
    fail: "Fails",
    delivery: "Webhook timing",
    before: "Before the redirect",
    after: "About 1.5 s after the redirect",
    none: "Not sent",
    pay: "Pay",
    cancel: "Cancel and return to the shop",
    complete: "This order has been paid.",
    expired: "This payment page has expired. Please return to the shop and order again.",
    back: "Back to the shop",
    email: "Email",
  },
} as const;

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function money(amount: number, currency: string, lang: "zh" | "en"): string {
  return currency === "cny" ? formatFen(amount, lang === "zh" ? "zh-CN" : "en") : `${fenToYuanString(amount)} ${currency.toUpperCase()}`;
}

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1f2a30;background:#f4f6f5}
.banner{background:#fff4d6;color:#6b4e00;text-align:center;padding:.5rem 1rem;font-size:.85rem;font-weight:600;letter-spacing:.02em;border-bottom:1px solid #f0dc9c}
main{max-width:28rem;margin:1.5rem auto;padding:0 1rem}.card{background:#fff;border:1px solid #dfe5e2;border-radius:.75rem;padding:1.25rem;margin-bottom:1rem}
h1{font-size:1.1rem;margin:0 0 1rem}.total{font-size:2rem;font-weight:700;margin:.25rem 0 1rem;color:#1d3f8f}.muted{color:#5d6b70;font-size:.9rem}
ul{list-style:none;margin:0;padding:0}li{display:flex;justify-content:space-between;gap:1rem;padding:.4rem 0;border-top:1px solid #eef1ef}
fieldset{border:0;margin:0;padding:0}legend{font-weight:600;margin-bottom:.5rem}label.option{display:flex;gap:.6rem;align-items:center;padding:.6rem .75rem;border:1px solid #dfe5e2;border-radius:.5rem;margin-bottom:.5rem;cursor:pointer}
details{font-size:.9rem}summary{cursor:pointer;color:#5d6b70}details label{display:block;margin:.6rem 0 .2rem}select{width:100%;padding:.4rem;border:1px solid #cdd5d1;border-radius:.4rem;font:inherit;background:#fff}
button{width:100%;font:inherit;font-weight:600;padding:.8rem;border-radius:.5rem;cursor:pointer;margin-top:.5rem}.pay{background:#1d3f8f;color:#fff;border:0}.cancel{background:#fff;color:#1f2a30;border:1px solid #cdd5d1}
a{color:#1d3f8f}`;

function shell(lang: "zh" | "en", body: string): string {
  const t = TEXT[lang];
  return `<!doctype html><html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${t.title}</title><style>${STYLE}</style></head><body><div class="banner" role="note">${t.banner}</div><main>${body}</main></body></html>`;
}

const pageLanguage = (session: DoubleSession): "zh" | "en" => (session.locale?.startsWith("zh") ? "zh" : "en");

export function checkoutPage(session: DoubleSession, defaults: { delivery: Delivery }): string {
  const lang = pageLanguage(session);
  const t = TEXT[lang];
  if (session.status !== "open") {
    const back = session.status === "complete" ? session.successUrl.replaceAll("{CHECKOUT_SESSION_ID}", session.id) : session.cancelUrl;
    return shell(lang, `<div class="card"><h1>${t.title}</h1><p>${session.status === "complete" ? t.complete : t.expired}</p>${back ? `<a href="${escape(back)}">${t.back}</a>` : ""}</div>`);
  }
  const lines = session.lineItems
    .map((line) => `<li><span>${escape(line.name)}${line.quantity > 1 ? ` × ${line.quantity}` : ""}</span><span>${money(line.unitAmount * line.quantity, session.currency, lang)}</span></li>`)
    .join("");
  const methodOption = (method: DoublePaymentMethod, index: number) =>
    `<label class="option"><input type="radio" name="method" value="${method}"${index === 0 ? " checked" : ""}> ${t.methods[method]}</label>`;
  const select = (name: string, label: string, values: readonly string[], selected: string) =>
    `<label for="${name}">${label}</label><select id="${name}" name="${name}">${values.map((value) => `<option value="${value}"${value === selected ? " selected" : ""}>${t[value as "before"]}</option>`).join("")}</select>`;
  const total = money(session.amountTotal, session.currency, lang);
  return shell(
    lang,
    `<div class="card"><h1>${t.title}</h1><div class="muted">${t.total}</div><div class="total" data-testid="amount">${total}</div><ul>${lines}</ul>${
      session.customerEmail ? `<p class="muted">${t.email}: ${escape(session.customerEmail)}</p>` : ""
    }</div>
<form method="post" class="card">
<fieldset><legend>${t.method}</legend>${session.paymentMethodTypes.map(methodOption).join("")}</fieldset>
<details><summary>${t.options}</summary>${select("outcome", t.outcome, ["succeed", "fail"], "succeed")}${select("deliver", t.delivery, ["before", "after", "none"], defaults.delivery)}</details>
<button class="pay" type="submit" name="action" value="pay">${t.pay} ${total}</button>
${session.cancelUrl ? `<button class="cancel" type="submit" name="action" value="cancel">${t.cancel}</button>` : ""}
</form>`,
  );
}
