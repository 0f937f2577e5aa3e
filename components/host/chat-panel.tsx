"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { hostChatAction, moderateAction } from "@/app/[locale]/host/sessions/[id]/actions";
import { IDLE } from "@/lib/forms/state";
import type { ChatPayload } from "@/lib/live/event-types";
import { FormNotice, TextField } from "./form-controls";
import type { HostFormState } from "./form-state";
import { useLiveEvents } from "./live-events";
import { smallButton } from "./ui";

/** How many messages the panel keeps: the latest, like the room. */
const KEEP = 200;

/**
 * The room's chat as it happens, with delete and mute on each viewer's message, the muted list
 * with unmute, and the host's own line. Messages arrive over the stream after the server's first
 * list; a deletion (by this host or on another screen) removes the message everywhere.
 */
export function ChatPanel({
  sessionId,
  hostId,
  initial,
  muted,
  open,
  maxLength,
}: {
  sessionId: string;
  hostId: string;
  initial: ChatPayload[];
  muted: { userId: string; name: string }[];
  open: boolean;
  maxLength: number;
}) {
  const t = useTranslations("hostConsole.chat");
  const [messages, setMessages] = useState(initial);
  const [state, moderate, pending] = useActionState<HostFormState, FormData>(moderateAction, IDLE);
  const list = useRef<HTMLOListElement>(null);
  const mutedIds = new Set(muted.map((m) => m.userId));
  // Gone at once here, even before the stream's "chat.deleted" arrives.
  const deleted = state.status === "ok" ? state.result?.deleted : undefined;
  const shown = deleted ? messages.filter((m) => m.messageId !== deleted) : messages;

  useLiveEvents((event) => {
    if (event.type === "chat") setMessages((all) => (all.some((m) => m.messageId === event.payload.messageId) ? all : [...all, event.payload].slice(-KEEP)));
    if (event.type === "chat.deleted") setMessages((all) => all.filter((m) => m.messageId !== event.payload.messageId));
  });
  // Follow new messages while the host is at the bottom; leave them be while they scroll back.
  const last = shown.at(-1)?.messageId;
  useEffect(() => {
    const box = list.current;
    if (box && box.scrollHeight - box.scrollTop - box.clientHeight < 120) box.scrollTop = box.scrollHeight;
  }, [last]);

  return (
    <div className="flex min-h-0 flex-col gap-3">
      <FormNotice state={state.status === "error" ? state : IDLE} />
      {shown.length === 0 ? (
        <p className="rounded-xl border border-dashed border-celadon-300 px-4 py-6 text-center text-sm text-ink-soft">{t("empty")}</p>
      ) : (
        // biome-ignore lint: a labelled, focusable scroll region lets keyboard users scroll the chat.
        <ol ref={list} tabIndex={0} aria-label={t("messages")} className="max-h-[28rem] space-y-2 overflow-y-auto pr-1" data-testid="chat-messages">
          {shown.map((message) => (
            <ChatLine key={message.messageId} sessionId={sessionId} message={message} own={message.userId === hostId} muted={mutedIds.has(message.userId)} moderate={moderate} pending={pending} />
          ))}
        </ol>
      )}
      {muted.length > 0 && (
        <div className="rounded-xl bg-porcelain-deep/60 p-3">
          <p className="mb-2 text-xs font-medium text-ink-soft">{t("mutedTitle")}</p>
          <ul className="flex flex-wrap gap-2">
            {muted.map((viewer) => (
              <li key={viewer.userId}>
                <form action={moderate} className="inline-flex items-center gap-1 rounded-full bg-white py-0.5 pl-3 pr-1 text-xs">
                  <input type="hidden" name="intent" value="unmute" />
                  <input type="hidden" name="sessionId" value={sessionId} />
                  <input type="hidden" name="userId" value={viewer.userId} />
                  {viewer.name}
                  <button type="submit" disabled={pending} className="rounded-full px-2 py-1 text-cobalt-700 hover:bg-cobalt-50" aria-label={t("unmuteNamed", { name: viewer.name })}>
                    {t("unmute")}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </div>
      )}
      {open && <HostSays sessionId={sessionId} maxLength={maxLength} />}
    </div>
  );
}

function ChatLine({
  sessionId,
  message,
  own,
  muted,
  moderate,
  pending,
}: {
  sessionId: string;
  message: ChatPayload;
  own: boolean;
  muted: boolean;
  moderate: (data: FormData) => void;
  pending: boolean;
}) {
  const t = useTranslations("hostConsole.chat");
  const format = useFormatter();
  return (
    <li className={`rounded-xl px-3 py-2 text-sm ${message.fromHost ? "bg-cobalt-50" : "bg-porcelain-deep/50"}`} data-testid="chat-message">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-medium text-cobalt-900">{message.name}</span>
        {message.fromHost && <span className="rounded-full bg-cobalt-700 px-1.5 text-[10px] text-white">{t("host")}</span>}
        {muted && <span className="text-xs text-cinnabar">{t("mutedMark")}</span>}
        <time dateTime={message.createdAt} className="text-xs text-ink-soft">
          {format.dateTime(new Date(message.createdAt), { hour: "2-digit", minute: "2-digit" })}
        </time>
      </div>
      {/* Text only: React escapes it, so a message can never become markup. */}
      <p className="mt-0.5 whitespace-pre-wrap break-words">{message.body}</p>
      {!own && (
        <div className="mt-1 flex gap-2">
          <form action={moderate}>
            <input type="hidden" name="intent" value="delete" />
            <input type="hidden" name="messageId" value={message.messageId} />
            <button type="submit" disabled={pending} className={`${smallButton} min-h-7 text-xs`} aria-label={t("deleteNamed", { name: message.name })}>
              {t("delete")}
            </button>
          </form>
          {!muted && (
            <form action={moderate}>
              <input type="hidden" name="intent" value="mute" />
              <input type="hidden" name="sessionId" value={sessionId} />
              <input type="hidden" name="userId" value={message.userId} />
              <button type="submit" disabled={pending} className={`${smallButton} min-h-7 text-xs`} aria-label={t("muteNamed", { name: message.name })}>
                {t("mute")}
              </button>
            </form>
          )}
        </div>
      )}
    </li>
  );
}

function HostSays({ sessionId, maxLength }: { sessionId: string; maxLength: number }) {
  const t = useTranslations("hostConsole.chat");
  const [state, action, pending] = useActionState<HostFormState, FormData>(hostChatAction, IDLE);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="sessionId" value={sessionId} />
      <FormNotice state={state.status === "error" ? state : IDLE} quietOnFieldErrors />
      <div className="flex items-start gap-2">
        <TextField name="body" label={t("say")} state={state} maxLength={maxLength} autoComplete="off" className="min-w-0 flex-1" />
        <button type="submit" disabled={pending} className={`${smallButton} mt-6 min-h-10 px-4`}>
          {t("send")}
        </button>
      </div>
    </form>
  );
}
