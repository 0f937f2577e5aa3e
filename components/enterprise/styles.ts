/** Class names shared by the enterprise console's server and client components. */

export const inputClass =
  "w-full rounded-lg border border-celadon-100 bg-white px-3 py-2 text-sm aria-[invalid]:border-cinnabar focus:border-cobalt-500 focus:outline-none [&[readonly]]:bg-porcelain-deep [&[readonly]]:text-ink-soft";

export const primaryButton =
  "inline-flex items-center justify-center gap-1 rounded-full bg-cobalt-700 px-5 py-2 text-sm font-medium text-white hover:bg-cobalt-900 disabled:cursor-not-allowed disabled:opacity-50";

export const secondaryButton =
  "inline-flex items-center justify-center gap-1 rounded-full border border-cobalt-700/30 bg-white px-4 py-2 text-sm font-medium text-cobalt-700 hover:border-cobalt-700 disabled:cursor-not-allowed disabled:opacity-50";

export const dangerButton =
  "inline-flex items-center justify-center gap-1 rounded-full border border-cinnabar/40 bg-white px-4 py-2 text-sm font-medium text-cinnabar hover:border-cinnabar disabled:cursor-not-allowed disabled:opacity-50";

export const card = "rounded-2xl border border-porcelain-deep bg-white p-4 sm:p-6";
