"use client";

import { Link, usePathname } from "@/i18n/navigation";

/**
 * A console navigation link that marks the current section (aria-current). A console's home
 * ("/warehouse") is current only on itself; other items also on the pages below them.
 */
export function ConsoleNavLink({ href, label, isHome }: { href: string; label: string; isHome: boolean }) {
  const pathname = usePathname();
  const path = href.split("?")[0] ?? href;
  const current = pathname === path || (!isHome && pathname.startsWith(`${path}/`));
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className="shrink-0 border-b-2 border-transparent py-1 text-ink-soft hover:text-cobalt-700 aria-[current=page]:border-cobalt-700 aria-[current=page]:text-cobalt-900"
    >
      {label}
    </Link>
  );
}
