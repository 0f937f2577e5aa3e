"use client";

import type Hls from "hls.js";
import { useTranslations } from "next-intl";
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";

/** Where the viewer's video is on the session's timeline, and a way to move it (replays). */
export interface PlayerClock {
  /** Milliseconds since the session went live of the frame on screen; null when nothing plays. */
  playingOffsetMs(): number | null;
  seekTo(offsetMs: number): void;
}

/** Used when the player cannot tell how far behind the live edge it is (roughly what HLS adds). */
const FALLBACK_LIVE_DELAY_MS = 4_000;
/** A live stream that fails is retried quietly this often (a publisher reconnecting, a playlist not written yet) before the viewer is asked. */
const QUIET_RETRIES = 5;
const RETRY_DELAY_MS = 3_000;

type Phase = "loading" | "playing" | "blocked" | "error";

/**
 * The session's video through hls.js (loaded only in the browser), or the browser's own HLS
 * (Safari). Starts muted so autoplay is allowed, with an unmute button; a failing live stream is
 * retried a few times before showing an error with "retry".
 */
export function Player({
  src,
  mode,
  startedAt,
  poster,
  clockRef,
  onTime,
}: {
  src: string;
  mode: "live" | "replay";
  startedAt: string | null;
  poster?: string;
  clockRef: RefObject<PlayerClock | null>;
  /** Replays: the playing position and the recording's length in ms, as the position advances. */
  onTime?: (offsetMs: number, durationMs: number | null) => void;
}) {
  const t = useTranslations("live.player");
  const videoRef = useRef<HTMLVideoElement>(null);
  const hlsRef = useRef<Hls | null>(null);
  const [phase, setPhase] = useState<Phase>("loading");
  const [muted, setMuted] = useState(true);
  const [attempt, setAttempt] = useState(0);
  const [buffering, setBuffering] = useState(false);

  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    let cancelled = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    setPhase("loading");
    const fail = () => {
      if (cancelled) return;
      if (mode === "live" && attempt < QUIET_RETRIES) retry = setTimeout(() => setAttempt((n) => n + 1), RETRY_DELAY_MS);
      else setPhase("error");
    };
    const start = () => video.play().catch((error: unknown) => !cancelled && error instanceof DOMException && error.name === "NotAllowedError" && setPhase("blocked"));

    void import("hls.js").then(({ default: HlsJs }) => {
      if (cancelled) return;
      if (HlsJs.isSupported()) {
        const hls = new HlsJs({ liveSyncDurationCount: 3, liveMaxLatencyDurationCount: 8 });
        hlsRef.current = hls;
        hls.on(HlsJs.Events.ERROR, (_event, data) => {
          if (!data.fatal) return;
          hls.destroy();
          hlsRef.current = null;
          fail();
        });
        hls.on(HlsJs.Events.MANIFEST_PARSED, () => void start());
        hls.loadSource(src);
        hls.attachMedia(video);
      } else if (video.canPlayType("application/vnd.apple.mpegurl")) {
        video.src = src;
        void start();
      } else {
        setPhase("error");
      }
    });
    const onError = () => fail();
    video.addEventListener("error", onError);
    return () => {
      cancelled = true;
      clearTimeout(retry);
      video.removeEventListener("error", onError);
      hlsRef.current?.destroy();
      hlsRef.current = null;
      video.removeAttribute("src");
      video.load();
    };
  }, [src, mode, attempt]);

  useEffect(() => {
    clockRef.current = {
      playingOffsetMs() {
        const video = videoRef.current;
        if (!video || video.paused || video.readyState < 2) return null;
        if (mode === "replay") return video.currentTime * 1000;
        const started = startedAt ? Date.parse(startedAt) : NaN;
        if (Number.isNaN(started)) return null;
        // Best: the wall-clock time of the frame on screen, when the playlist carries it.
        const date = hlsRef.current ? hlsRef.current.playingDate : nativeStartDate(video, video.currentTime);
        if (date && !Number.isNaN(date.getTime())) return date.getTime() - started;
        return Date.now() - started - behindLiveEdgeMs(hlsRef.current, video);
      },
      seekTo(offsetMs) {
        const video = videoRef.current;
        if (!video) return;
        video.currentTime = Math.max(0, offsetMs / 1000);
        void video.play().catch(() => {});
      },
    };
    return () => {
      clockRef.current = null;
    };
  }, [clockRef, mode, startedAt]);

  const unmute = useCallback(() => {
    const video = videoRef.current;
    if (!video) return;
    video.muted = false;
    setMuted(false);
    if (video.paused) void video.play().then(() => setPhase("playing"), () => {});
  }, []);

  const playBlocked = () => {
    const video = videoRef.current;
    if (video) void video.play().then(() => setPhase("playing"), () => {});
  };

  return (
    <div className="absolute inset-0 bg-black">
      <video
        ref={videoRef}
        data-testid="live-video"
        className="h-full w-full object-cover md:object-contain"
        poster={poster}
        muted={muted}
        autoPlay
        playsInline
        controls={mode === "replay" && phase === "playing"}
        onPlaying={() => {
          setPhase("playing");
          setBuffering(false);
        }}
        onWaiting={() => setBuffering(true)}
        onVolumeChange={(event) => setMuted(event.currentTarget.muted)}
        onTimeUpdate={(event) => {
          const { currentTime, duration } = event.currentTarget;
          onTime?.(currentTime * 1000, Number.isFinite(duration) ? duration * 1000 : null);
        }}
      />
      {(phase === "loading" || buffering) && phase !== "error" && (
        <div className="pointer-events-none absolute inset-0 grid place-items-center" role="status" aria-label={t("loading")}>
          <span className="h-10 w-10 animate-spin rounded-full border-2 border-white/30 border-t-white" />
        </div>
      )}
      {phase === "blocked" && (
        <div className="absolute inset-0 grid place-items-center bg-black/30">
          <button type="button" onClick={playBlocked} className="rounded-full bg-white/90 px-6 py-3 text-sm font-semibold text-cobalt-900 shadow">
            ▶ {t("play")}
          </button>
        </div>
      )}
      {phase === "error" && (
        <div className="absolute inset-0 grid place-items-center bg-cobalt-900/80 px-6 text-center text-white" role="alert">
          <div>
            <p className="font-medium">{mode === "live" ? t("liveError") : t("replayError")}</p>
            <button
              type="button"
              onClick={() => setAttempt((n) => Math.max(n, QUIET_RETRIES) + 1)}
              className="mt-4 rounded-full bg-white px-5 py-2 text-sm font-semibold text-cobalt-900"
            >
              {t("retry")}
            </button>
          </div>
        </div>
      )}
      {muted && phase === "playing" && (
        <button
          type="button"
          onClick={unmute}
          className="absolute right-3 top-20 z-20 flex items-center gap-1.5 rounded-full bg-black/50 px-3 py-1.5 text-xs font-medium text-white backdrop-blur md:bottom-4 md:right-4 md:top-auto"
        >
          <SpeakerOff /> {t("unmute")}
        </button>
      )}
    </div>
  );
}

/** How far the playing frame is behind the newest one the stream offers. */
function behindLiveEdgeMs(hls: Hls | null, video: HTMLVideoElement): number {
  if (hls) {
    const latency = hls.latency;
    return Number.isFinite(latency) && latency > 0 ? latency * 1000 : FALLBACK_LIVE_DELAY_MS;
  }
  const seekable = video.seekable;
  if (seekable.length === 0) return FALLBACK_LIVE_DELAY_MS;
  return Math.max(0, seekable.end(seekable.length - 1) - video.currentTime) * 1000;
}

/** Safari's program date time of the frame on screen (its HLS exposes the stream's start date). */
function nativeStartDate(video: HTMLVideoElement, currentTime: number): Date | null {
  const getStartDate = (video as HTMLVideoElement & { getStartDate?: () => Date }).getStartDate;
  if (!getStartDate) return null;
  const start = getStartDate.call(video);
  return Number.isNaN(start.getTime()) ? null : new Date(start.getTime() + currentTime * 1000);
}

function SpeakerOff() {
  return (
    <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
      <path d="M3 8h3l4-3v10l-4-3H3z" fill="currentColor" />
      <path d="m13 8 4 4m0-4-4 4" />
    </svg>
  );
}
