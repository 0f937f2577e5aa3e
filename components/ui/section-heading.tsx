import { Link } from "@/i18n/navigation";

export function SectionHeading({ title, href, linkLabel }: { title: string; href?: string; linkLabel?: string }) {
  return (
    <div className="mb-4 flex items-baseline justify-between gap-4">
      <h2 className="font-serif text-xl text-cobalt-900 md:text-2xl">{title}</h2>
      {href && linkLabel && (
        <Link href={href} className="text-sm text-cobalt-700 hover:underline">
          {linkLabel} →
        </Link>
      )}
    </div>
  );
}
