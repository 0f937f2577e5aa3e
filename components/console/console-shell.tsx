import type { ReactNode } from "react";
import { ConsoleNavLink } from "./console-nav-link";

export interface ConsoleNavItem {
  href: string;
  label: string;
}

/**
 * The frame of every console: a title, a navigation row that scrolls sideways on a tablet,
 * and the page. Authorization is not done here but by each page (requirePage).
 */
export function ConsoleShell({ title, nav, children }: { title: string; nav: ConsoleNavItem[]; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <div className="mb-6 border-b border-porcelain-deep pb-3">
        <p className="text-xs uppercase tracking-wider text-celadon-800">{title}</p>
        <nav className="mt-2 flex gap-5 overflow-x-auto text-sm" aria-label={title}>
          {nav.map((item, index) => (
            <ConsoleNavLink key={item.href} href={item.href} label={item.label} isHome={index === 0} />
          ))}
        </nav>
      </div>
      {children}
    </div>
  );
}

/** A page heading with optional actions on the right. */
export function ConsoleHeading({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="mb-5 flex flex-wrap items-center justify-between gap-3">
      <h1 className="font-serif text-2xl text-cobalt-900">{title}</h1>
      {children && <div className="flex flex-wrap gap-2">{children}</div>}
    </div>
  );
}
