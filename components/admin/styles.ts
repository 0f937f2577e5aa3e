/**
 * Class names of the admin console's inputs and buttons. A plain module (not "use client"), so
 * server components can use them too: a value imported from a client module into a server
 * component is only a client reference.
 */

export const inputClass =
  "w-full rounded-lg border border-celadon-100 bg-white px-3 py-2.5 text-base sm:text-sm aria-[invalid]:border-cinnabar focus:border-cobalt-500 focus:outline-none disabled:bg-porcelain-deep disabled:text-ink-soft";

export const buttonClass = {
  primary: "inline-flex min-h-10 items-center justify-center rounded-full bg-cobalt-700 px-5 py-2 text-sm font-medium text-white hover:bg-cobalt-900 disabled:opacity-60",
  secondary:
    "inline-flex min-h-10 items-center justify-center rounded-full border border-cobalt-500/40 bg-white px-5 py-2 text-sm font-medium text-cobalt-700 hover:border-cobalt-700 hover:bg-cobalt-50 disabled:opacity-60",
  danger: "inline-flex min-h-10 items-center justify-center rounded-full bg-cinnabar px-5 py-2 text-sm font-medium text-white hover:bg-cinnabar/85 disabled:opacity-60",
  dangerOutline:
    "inline-flex min-h-10 items-center justify-center rounded-full border border-cinnabar/50 bg-white px-5 py-2 text-sm font-medium text-cinnabar hover:bg-cinnabar/10 disabled:opacity-60",
} as const;
