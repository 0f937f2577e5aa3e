import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeNextPath } from "@/lib/auth/safe-next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signInTitle"), robots: { index: false } };
}

export default async function LoginPage({ searchParams }: PageProps<"/[locale]/login">) {
  const query = await searchParams;
  const t = await getTranslations("auth");
  const identifier = typeof query.identifier === "string" ? query.identifier.slice(0, 254) : undefined;
  return (
    <div className="mx-auto max-w-sm px-4 py-12">
      <h1 className="mb-6 font-serif text-2xl text-cobalt-900">{t("signInTitle")}</h1>
      <SignInForm next={safeNextPath(query.next)} defaultIdentifier={identifier} />
    </div>
  );
}
