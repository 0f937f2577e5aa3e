import type { ReactNode } from "react";

/** A white card with a heading that names it (for screen readers too), as checkout and order pages are built from. */
export function Panel({ id, title, intro, className = "", children }: { id: string; title: ReactNode; intro?: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={`rounded-2xl bg-white p-5 sm:p-6 ${className}`}>
      <h2 id={id} className={intro ? "font-medium" : "mb-4 font-medium"}>
        {title}
      </h2>
      {intro && <p className="mb-4 mt-1 text-sm text-ink-soft">{intro}</p>}
      {children}
    </section>
  );
}
