/** Class names of the host console beyond the stock consoles' shared ones (components/warehouse/ui). */

/** A compact square-ish button for a row's actions (move, remove, add). */
export const smallButton =
  "inline-flex min-h-9 min-w-9 items-center justify-center rounded-full border border-celadon-100 bg-white px-2.5 text-sm text-cobalt-700 hover:border-cobalt-500 focus-visible:outline-2 focus-visible:outline-cobalt-500 disabled:cursor-not-allowed disabled:opacity-40";

export const dangerButton =
  "inline-flex items-center justify-center rounded-full border border-cinnabar/40 bg-white px-4 py-2 text-sm font-medium text-cinnabar hover:border-cinnabar disabled:opacity-60";
