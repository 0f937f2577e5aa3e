import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AddressBook } from "@/components/checkout/address-book";
import { regionOptions } from "@/components/checkout/region-options";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/session";
import { listAddresses } from "@/lib/checkout/addresses";
import { db } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("addresses");
  return { title: t("title"), robots: { index: false } };
}

export default async function AddressesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await requirePage("/account/addresses", locale);
  const t = await getTranslations("addresses");
  const addresses = await listAddresses(db(), actor.id);
  // Each saved address's form opens with its own province's cities; "" is the empty form.
  const provinces = new Set(["", ...addresses.map((address) => address.province)]);
  const regions = Object.fromEntries([...provinces].map((province) => [province, regionOptions(province)]));
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-10">
      <div>
        <Link href="/account" className="text-sm text-cobalt-700 underline underline-offset-4">
          {t("backToAccount")}
        </Link>
        <h1 className="mt-2 font-serif text-2xl text-cobalt-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-ink-soft">{t("intro")}</p>
      </div>
      <AddressBook addresses={addresses} regions={regions} />
    </div>
  );
}
