"use client";

import Form from "next/form";
import { type ReactNode, useState } from "react";

/**
 * The catalogue's filter form: a GET form (so it works without JavaScript and its state lives
 * in the URL) that re-submits as soon as a checkbox or the sort order changes. On small screens
 * it folds behind a button.
 */
export function FilterForm({ action, toggleLabel, children }: { action: string; toggleLabel: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="catalog-filters"
        onClick={() => setOpen((value) => !value)}
        className="mb-4 flex w-full items-center justify-between rounded-xl border border-celadon-100 bg-white px-4 py-2.5 text-sm font-medium lg:hidden"
      >
        {toggleLabel}
        <span aria-hidden="true">{open ? "−" : "+"}</span>
      </button>
      <Form
        id="catalog-filters"
        action={action}
        className={`${open ? "block" : "hidden"} space-y-6 lg:block`}
        onChange={(event) => {
          // Price inputs wait for Enter or the Apply button; choices apply at once.
          const target = event.target;
          if ((target instanceof HTMLInputElement && target.type === "checkbox") || target instanceof HTMLSelectElement) {
            event.currentTarget.requestSubmit();
          }
        }}
      >
        {children}
      </Form>
    </div>
  );
}
