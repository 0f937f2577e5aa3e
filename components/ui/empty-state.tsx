import { Link } from "@/i18n/navigation";

/** The designed "nothing here" state: an empty bowl, a sentence and a way on. */
export function EmptyState({ title, body, action }: { title: string; body: string; action?: { href: string; label: string } }) {
  return (
    <div className="flex flex-col items-center rounded-3xl border border-dashed border-celadon-300 bg-white px-6 py-14 text-center">
      <svg viewBox="0 0 64 40" width="96" height="60" aria-hidden="true" className="text-celadon-600">
        <ellipse cx="32" cy="10" rx="26" ry="6" fill="#eef5f1" stroke="currentColor" strokeWidth="1.5" />
        <path d="M6 10c0 14 11.5 24 26 24s26-10 26-24" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M24 36h16" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
      <h2 className="mt-4 font-serif text-xl text-cobalt-900">{title}</h2>
      <p className="mt-2 max-w-md text-sm text-ink-soft">{body}</p>
      {action && (
        <Link href={action.href} className="mt-6 rounded-full bg-cobalt-700 px-5 py-2 text-sm font-medium text-white hover:bg-cobalt-900">
          {action.label}
        </Link>
      )}
    </div>
  );
}
