"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useRef, useState, useTransition } from "react";
import { type ChatActionResult, postChatAction } from "@/app/[locale]/(shop)/live/[id]/actions";
import { Link } from "@/i18n/navigation";
import type { ChatPayload } from "@/lib/live/event-types";

/**
 * The room's chat: over the video's lower part on a phone, a panel on a desktop. Messages are
 * rendered as text (never as HTML); the host's are marked.
 */
export function ChatList({ messages }: { messages: ChatPayload[] }) {
  const t = useTranslations("live.chat");
  const listRef = useRef<HTMLOListElement>(null);
  const last = messages.at(-1)?.messageId;
  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [last]);

  return (
    <ol
      ref={listRef}
      aria-label={t("title")}
      aria-live="polite"
      data-testid="chat-messages"
      className="flex max-h-[26dvh] flex-col gap-1.5 overflow-y-auto overscroll-contain [mask-image:linear-gradient(to_bottom,transparent,black_24%)] md:max-h-none md:min-h-0 md:flex-1 md:gap-2 md:[mask-image:none]"
    >
      {messages.length === 0 && <li className="text-xs text-white/80 md:text-sm md:text-ink-soft">{t("empty")}</li>}
      {messages.map((message) => (
        <li key={message.messageId} className="w-fit max-w-full rounded-2xl bg-black/35 px-2.5 py-1 text-[13px] leading-snug text-white md:bg-transparent md:p-0 md:text-sm md:text-ink">
          {message.fromHost && <span className="mr-1 rounded bg-cinnabar px-1 py-px text-[10px] font-semibold text-white">{t("host")}</span>}
          <span className={message.fromHost ? "font-semibold text-[#ffd9a8] md:text-cinnabar" : "text-celadon-100 md:text-celadon-800"}>{message.name}</span>
          <span className="mx-1 text-white/60 md:text-ink-soft">:</span>
          <span className="break-words">{message.body}</span>
        </li>
      ))}
    </ol>
  );
}

type Feedback = Extract<ChatActionResult, { ok: false }> | { ok: false; error: "failed"; retryAfterSeconds?: undefined };

export function ChatComposer({
  sessionId,
  maxLength,
  signedIn,
  signInHref,
  onPosted,
}: {
  sessionId: string;
  maxLength: number;
  signedIn: boolean;
  signInHref: string;
  onPosted: (message: ChatPayload) => void;
}) {
  const t = useTranslations("live.chat");
  const te = useTranslations("live.errors");
  const [body, setBody] = useState("");
  const [error, setError] = useState<Feedback | null>(null);
  const [pending, startTransition] = useTransition();

  if (!signedIn) {
    return (
      <Link href={signInHref} className="flex h-10 min-w-0 flex-1 items-center rounded-full bg-black/35 px-4 text-sm text-white/90 md:bg-porcelain-deep md:text-ink-soft">
        {t("signIn")}
      </Link>
    );
  }

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === "") return;
    startTransition(async () => {
      try {
        const answer = await postChatAction({ sessionId, body });
        if (answer.ok) {
          setBody("");
          setError(null);
          onPosted(answer.message);
        } else setError(answer);
      } catch {
        setError({ ok: false, error: "failed" });
      }
    });
  };

  return (
    <form onSubmit={send} className="relative min-w-0 flex-1">
      <label htmlFor={`chat-${sessionId}`} className="sr-only">
        {t("label")}
      </label>
      <div className="flex h-10 items-center rounded-full bg-black/35 pl-4 pr-1 ring-1 ring-white/20 focus-within:ring-white/60 md:bg-porcelain-deep md:ring-celadon-100 md:focus-within:ring-cobalt-500">
        <input
          id={`chat-${sessionId}`}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          maxLength={maxLength}
          placeholder={t("placeholder")}
          autoComplete="off"
          enterKeyHint="send"
          className="min-w-0 flex-1 bg-transparent text-sm text-white placeholder:text-white/70 focus:outline-none md:text-ink md:placeholder:text-ink-soft"
        />
        <span className="px-1.5 text-[10px] tabular-nums text-white/60 md:text-ink-soft" aria-live="off" data-testid="chat-counter">
          {t("counter", { count: body.length, max: maxLength })}
        </span>
        <button type="submit" disabled={pending || body.trim() === ""} className="h-8 rounded-full bg-cobalt-700 px-3 text-xs font-semibold text-white disabled:opacity-50">
          {t("send")}
        </button>
      </div>
      {error && (
        <p role="alert" data-testid="chat-error" className="absolute bottom-full left-0 mb-2 rounded-xl bg-cinnabar px-3 py-1.5 text-xs text-white shadow">
          {te(error.error, { seconds: error.retryAfterSeconds ?? 1, limit: 0 })}
        </p>
      )}
    </form>
  );
}
